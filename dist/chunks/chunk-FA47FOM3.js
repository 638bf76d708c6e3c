import { createRequire as __loadgateCreateRequire } from 'node:module'; const require = __loadgateCreateRequire(import.meta.url);

// src/flow/rows.ts
var FLOW_ROW_METHOD = "FLOW";
function stepRowName(flow, stepIndex) {
  return `${flow.name}/${flow.steps[stepIndex].name}`;
}
function flowRow(flow) {
  return {
    name: flow.name,
    method: FLOW_ROW_METHOD,
    path: flow.steps.map((s) => s.path).join(" \u2192 "),
    headers: {},
    weight: flow.weight,
    expectStatus: [],
    thresholds: flow.thresholds,
    ...flow.line === void 0 ? {} : { line: flow.line }
  };
}
function resultRows(profile) {
  const rows = [...profile.endpoints];
  for (const flow of profile.flows ?? []) {
    rows.push(flowRow(flow));
    flow.steps.forEach((step, i) => {
      const { captures: _captures, checks: _checks, ...request } = step;
      rows.push({ ...request, name: stepRowName(flow, i) });
    });
  }
  return rows;
}
function judgedProfile(profile) {
  return profile.flows === void 0 || profile.flows.length === 0 ? profile : { ...profile, endpoints: resultRows(profile) };
}

export {
  FLOW_ROW_METHOD,
  resultRows,
  judgedProfile
};

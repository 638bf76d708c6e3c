/**
 * The rows a run's results hold for a profile with flows. Every flow step is judged like an
 * endpoint, under the name `flow/step`; every flow also gets a row of its own, under its name,
 * whose "requests" are the flow's iterations: latency is the iteration's duration (first step sent
 * to last answer, think time included), throughput is iterations/s and the error rate is the share
 * of iterations that did not complete (1 − completion rate). So regressions, thresholds, history and
 * paired mode judge flows with no code of their own.
 *
 *   endpoints…, checkout (iterations), checkout/login, checkout/cart, checkout/order, …
 */
import type { Endpoint, Flow, Profile } from '../profile/types.js';

/** The method shown for a flow's iteration row. */
export const FLOW_ROW_METHOD = 'FLOW';

/** A step's row name. */
export function stepRowName(flow: Flow, stepIndex: number): string {
  return `${flow.name}/${flow.steps[stepIndex].name}`;
}

/** The iteration row of a flow, as an endpoint: its path lists the steps' paths (never sent). */
export function flowRow(flow: Flow): Endpoint {
  return {
    name: flow.name,
    method: FLOW_ROW_METHOD,
    path: flow.steps.map((s) => s.path).join(' → '),
    headers: {},
    weight: flow.weight,
    expectStatus: [],
    thresholds: flow.thresholds,
    ...(flow.line === undefined ? {} : { line: flow.line }),
  };
}

/** Every result row of the profile, in order: the endpoints, then each flow's row and its steps' rows. */
export function resultRows(profile: Pick<Profile, 'endpoints' | 'flows'>): Endpoint[] {
  const rows: Endpoint[] = [...profile.endpoints];
  for (const flow of profile.flows ?? []) {
    rows.push(flowRow(flow));
    flow.steps.forEach((step, i) => {
      const { captures: _captures, checks: _checks, ...request } = step;
      rows.push({ ...request, name: stepRowName(flow, i) });
    });
  }
  return rows;
}

/**
 * The profile as the verdict sees it: its endpoints replaced by every result row, so thresholds,
 * severity overrides and annotation lines of flows and steps are found by row name. The same
 * object when the profile has no flows.
 */
export function judgedProfile<P extends Pick<Profile, 'endpoints' | 'flows'>>(profile: P): P {
  return profile.flows === undefined || profile.flows.length === 0 ? profile : { ...profile, endpoints: resultRows(profile) };
}

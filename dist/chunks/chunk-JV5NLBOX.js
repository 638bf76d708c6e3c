import { createRequire as __loadgateCreateRequire } from 'node:module'; const require = __loadgateCreateRequire(import.meta.url);
import {
  getOwn,
  randomInteger,
  randomUuid,
  setOwn
} from "./chunk-ZUPHJSGO.js";
import {
  LoadgateError
} from "./chunk-YHUW4X3V.js";

// src/profile/template.ts
var EXPRESSION = /\{\{(.*?)\}\}/gs;
var TOKEN = /"([^"]*)"|(\S+)/g;
var BAD_IN_ITEM = /[{}\x00-\x1f\x7f]/;
var INTEGER = /^-?\d{1,15}$/;
var ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
var VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
var WORDS = /* @__PURE__ */ new Set(["int", "choice", "seq", "uuid", "env"]);
var FORMS = "int A B, choice X Y \u2026, seq [START], uuid, env NAME";
function isTemplate(text) {
  return text.includes("{{");
}
function parseTemplate(text, context = "raw", variables = false) {
  const parts = [];
  let last = 0;
  for (const match of text.matchAll(EXPRESSION)) {
    if (match.index > last) parts.push({ kind: "text", text: text.slice(last, match.index) });
    let expr = match[1];
    if (context === "json") {
      try {
        expr = JSON.parse(`"${expr}"`);
      } catch {
        return `{{${match[1]}}}: not an expression a JSON string can hold`;
      }
    }
    const part = parseExpression(expr.trim(), variables);
    if (typeof part === "string") return `{{${match[1]}}}: ${part}`;
    parts.push(part);
    last = match.index + match[0].length;
  }
  const rest = text.slice(last);
  if (rest.includes("{{")) return `a "{{" is never closed by "}}" (expressions are ${FORMS}; write {{ "{{" }} for a literal "{{")`;
  if (rest !== "") parts.push({ kind: "text", text: rest });
  return parts;
}
function parseExpression(expr, variables) {
  if (expr === '"{{"') return { kind: "text", text: "{{" };
  const tokens = tokenize(expr);
  if (typeof tokens === "string") return tokens;
  const [word, ...args] = tokens;
  if (variables && args.length === 0 && VARIABLE_NAME.test(word ?? "") && !WORDS.has(word)) return { kind: "var", name: word };
  switch (word) {
    case "int": {
      if (args.length !== 2 || !args.every((a) => INTEGER.test(a))) return "int needs two whole numbers, e.g. {{ int 1 1000 }}";
      const [min, max] = args.map(Number);
      return min <= max ? { kind: "int", min, max } : `int ${min} ${max}: the first bound must not exceed the second`;
    }
    case "choice":
      return args.length > 0 ? { kind: "choice", items: args } : "choice needs at least one item, e.g. {{ choice red green }}";
    case "seq":
      if (args.length === 0) return { kind: "seq", start: 1 };
      return args.length === 1 && INTEGER.test(args[0]) ? { kind: "seq", start: Number(args[0]) } : "seq takes at most one whole number (the start)";
    case "uuid":
      return args.length === 0 ? { kind: "uuid" } : "uuid takes no arguments";
    case "env":
      return args.length === 1 && ENV_NAME.test(args[0]) ? { kind: "env", name: args[0] } : "env needs one variable name, e.g. {{ env API_TOKEN }}";
    default:
      return `${word === void 0 ? "an empty expression" : `"${word}"`} is not a template expression (use ${FORMS})`;
  }
}
function tokenize(expr) {
  const tokens = [];
  let end = 0;
  for (const m of expr.matchAll(TOKEN)) {
    if (expr.slice(end, m.index).trim() !== "") break;
    end = m.index + m[0].length;
    if (m[1] !== void 0) {
      if (BAD_IN_ITEM.test(m[1])) return `the quoted item ${JSON.stringify(m[1])} holds a brace or a control character`;
      tokens.push(m[1]);
    } else if (m[2].includes('"')) {
      return `${JSON.stringify(m[2])}: a quote must open and close a whole item, e.g. {{ choice "red shoes" blue }}`;
    } else {
      tokens.push(m[2]);
    }
  }
  return tokens;
}
function templateLiteralText(parts) {
  return parts.map((p) => p.kind === "text" ? p.text : "x").join("");
}
function templateEnvNames(parts) {
  return parts.flatMap((p) => p.kind === "env" ? [p.name] : []);
}
function templateVariableNames(parts) {
  const names = [];
  for (const p of parts) if (p.kind === "var" && !names.includes(p.name)) names.push(p.name);
  return names;
}
function renderTemplate(parts, ctx, context = "raw") {
  const json = context === "json";
  let out = "";
  for (const p of parts) {
    switch (p.kind) {
      case "text":
        out += p.text;
        break;
      case "int":
        out += String(randomInteger(ctx.random, p.min, p.max));
        break;
      case "choice": {
        const item = p.items[randomInteger(ctx.random, 0, p.items.length - 1)];
        out += json ? jsonStringContent(item) : item;
        break;
      }
      case "seq":
        out += String(p.start + ctx.requestNumber);
        break;
      case "uuid":
        out += randomUuid(ctx.random);
        break;
      case "env":
      case "var": {
        const source = p.kind === "env" ? ctx.env : ctx.vars;
        const value = (source !== void 0 && Object.hasOwn(source, p.name) ? source[p.name] : void 0) ?? "";
        out += json ? jsonStringContent(value) : context === "path" ? encodeURIComponent(value) : value;
        break;
      }
    }
  }
  return out;
}
function jsonStringContent(value) {
  return JSON.stringify(value).slice(1, -1);
}

// src/profile/env.ts
function isRunnerInternal(name) {
  return /^(ACTIONS_|INPUT_)/i.test(name);
}
var HEADER_UNSAFE = /[\x00-\x08\x0a-\x1f\x7f]/;
function endpointTemplateTexts(endpoint, where) {
  const texts = [{ text: endpoint.path, where: `${where}.path`, context: "path" }];
  for (const [name, value] of Object.entries(endpoint.headers)) texts.push({ text: value, where: `${where}.headers.${name}`, context: "header" });
  if (endpoint.body !== void 0) {
    const json = endpoint.bodyFormat === "json";
    texts.push({ text: endpoint.body, where: `${where}.${json ? "json" : "body"}`, context: json ? "json" : "raw" });
  }
  return texts.filter((t) => isTemplate(t.text));
}
function templateEnvironment(endpoints, flows = []) {
  const names = /* @__PURE__ */ new Map();
  const requests = [
    ...endpoints.map((endpoint, i) => [endpoint, `endpoints[${i}]`]),
    ...flows.flatMap((flow, f) => flow.steps.map((step, s) => [step, `flows[${f}].steps[${s}]`]))
  ];
  requests.forEach(([endpoint, at]) => {
    for (const { text, where, context } of endpointTemplateTexts(endpoint, at)) {
      const parts = parseTemplate(text, context, true);
      if (typeof parts === "string") continue;
      for (const name of templateEnvNames(parts)) {
        const uses = names.get(name) ?? [];
        if (!uses.some((u) => u.where === where)) uses.push({ where, context });
        names.set(name, uses);
      }
    }
  });
  return names;
}
function checkTemplateEnvironment(endpoints, env, flows = []) {
  const values = {};
  const missing = [];
  const invalid = [];
  const internal = [];
  for (const [name, uses] of templateEnvironment(endpoints, flows)) {
    const value = getOwn(env, name);
    const inHeader = uses.find((u) => u.context === "header");
    if (isRunnerInternal(name)) internal.push(`${name} (used in ${uses[0].where})`);
    else if (value === void 0 || value === "") missing.push(`${name} (used in ${uses[0].where})`);
    else if (inHeader && HEADER_UNSAFE.test(value)) invalid.push(`${name} (used in ${inHeader.where})`);
    else setOwn(values, name, value);
  }
  const problems = [];
  if (internal.length > 0) {
    problems.push({
      code: "LOADGATE_ENV_INVALID",
      message: `the profile reads runner internals, which are never sent: ${internal.join(", ")}. ACTIONS_* and INPUT_* variables belong to the runner and the step; pass a secret through a variable of its own (env: { API_TOKEN: \${{ secrets.API_TOKEN }} }).`
    });
  }
  if (missing.length > 0) {
    problems.push({ code: "LOADGATE_ENV_MISSING", message: `the profile reads environment variables that are not set: ${missing.join(", ")}. Set them in the step's env: (from secrets).` });
  }
  if (invalid.length > 0) {
    problems.push({ code: "LOADGATE_ENV_INVALID", message: `environment variables used in a header value hold a line break or another control character, which a header cannot carry: ${invalid.join(", ")}` });
  }
  return { values, problems };
}
function resolveTemplateEnvironment(endpoints, env, flows = []) {
  const { values, problems } = checkTemplateEnvironment(endpoints, env, flows);
  if (problems.length > 0) throw new LoadgateError(problems[0].code, problems[0].message);
  return values;
}

export {
  VARIABLE_NAME,
  isTemplate,
  parseTemplate,
  templateLiteralText,
  templateEnvNames,
  templateVariableNames,
  renderTemplate,
  HEADER_UNSAFE,
  endpointTemplateTexts,
  checkTemplateEnvironment,
  resolveTemplateEnvironment
};

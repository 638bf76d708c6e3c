/**
 * One case per class of mistake: each names the YAML path and line the problem must carry and a
 * pattern its message must match (the bad value and what would be valid).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseProfile } from '../../src/profile/parse.js';

/** Lines 1-4; cases append from line 5, inside the endpoint when indented by four spaces. */
const HEAD = 'name: p\nendpoints:\n  - name: e\n    path: /\n';

type Case = [what: string, text: string, path: string, line: number, message: RegExp];

const cases: Case[] = [
  // The document and its top-level keys.
  ['name with a space', 'name: "a b"\nendpoints: [{name: e, path: /}]\n', 'name', 1, /^"a b" is not a name \(letters, digits/],
  ['name too long', `name: ${'x'.repeat(65)}\nendpoints: [{name: e, path: /}]\n`, 'name', 1, /is longer than 64 characters/],
  ['name missing', 'endpoints: [{name: e, path: /}]\n', 'name', 1, /^is required/],
  ['target without a scheme', `${HEAD}target: localhost:8080\n`, 'target', 5, /^"localhost:8080" is not an absolute URL \(use http:\/\/ or https:\/\/, e\.g\. http:\/\/localhost:8080\)$/],
  ['target over ftp', `${HEAD}target: ftp://h/\n`, 'target', 5, /^"ftp:\/\/h\/" must use http or https, not ftp$/],
  ['target not a string', `${HEAD}target: 8080\n`, 'target', 5, /^8080 is not a URL/],
  ['target relative', `${HEAD}target: /api\n`, 'target', 5, /is not an absolute URL/],
  ['target with query', `${HEAD}target: http://h/?a=1\n`, 'target', 5, /must not have a query or fragment/],
  ['unknown top-level key', `${HEAD}threshold: {}\n`, 'threshold', 5, /^unknown key \(valid: \$schema, name, target, load, levels, endpoints, flows, thresholds, regression, readiness, target_process, trend, websocket\); did you mean "thresholds"\?$/],
  ['unknown key, nothing close', `${HEAD}colour: red\n`, 'colour', 5, /^unknown key \(valid: [^)]*\)$/],
  // load
  ['connections zero', `${HEAD}load:\n  connections: 0\n`, 'load.connections', 6, /^0 is not a whole number between 1 and 10000$/],
  ['connections too many', `${HEAD}load:\n  connections: 10001\n`, 'load.connections', 6, /^10001 is not a whole number/],
  ['connections fractional', `${HEAD}load:\n  connections: 2.5\n`, 'load.connections', 6, /^2.5 is not a whole number/],
  ['warmup in words', `${HEAD}load:\n  warmup: 5 minutes\n`, 'load.warmup', 6, /^"5 minutes" is not a duration \(use 500ms, 30s, 5m, 1h\)$/],
  ['warmup empty', `${HEAD}load:\n  warmup:\n`, 'load.warmup', 6, /^an empty value is not a duration/],
  ['duration zero', `${HEAD}load:\n  duration: 0s\n`, 'load.duration', 6, /^"0s" must be longer than zero$/],
  ['duration bare number', `${HEAD}load:\n  duration: 30\n`, 'load.duration', 6, /^30 has no unit; write "30s" for seconds/],
  ['trials one', `${HEAD}load:\n  trials: 1\n`, 'load.trials', 6, /^1 is not a whole number between 2 and 200$/],
  ['trials too many', `${HEAD}load:\n  trials: 201\n`, 'load.trials', 6, /^201 is not a whole number between 2 and 200$/],
  ['trials too short', `${HEAD}load:\n  duration: 1s\n  trials: 20\n`, 'load.duration', 6, /^1s split into 20 trials gives 50ms per trial; each trial needs at least 100ms/],
  ['request timeout zero', `${HEAD}load:\n  request_timeout: 0ms\n`, 'load.request_timeout', 6, /must be longer than zero/],
  ['rate with connections', `${HEAD}load:\n  rate: 100\n  connections: 5\n`, 'load.connections', 7, /^belongs to the closed model \(connections\), but rate, stages or capacity make this load open/],
  ['open key without rate', `${HEAD}load:\n  max_in_flight: 5\n`, 'load.max_in_flight', 6, /^belongs to the open model; give rate/],
  ['rate as text', `${HEAD}load:\n  rate: 100rps\n`, 'load.rate', 6, /^"100rps" is not a rate in requests per second .*write a bare number/],
  ['rate zero', `${HEAD}load:\n  rate: 0\n`, 'load.rate', 6, /^0 is not a rate in requests per second \(a number > 0/],
  ['unknown shape', `${HEAD}load:\n  rate: 100\n  shape: wave\n`, 'load.shape', 7, /^"wave" is not a load shape \(use constant, ramp, step, spike, soak; or give stages\)$/],
  ['shape parameter of another shape', `${HEAD}load:\n  rate: 100\n  steps: 3\n`, 'load.steps', 7, /^only applies to shape: step \(this load's shape is constant\)$/],
  ['spike without spike_rate', `${HEAD}load:\n  rate: 100\n  shape: spike\n`, 'load.spike_rate', 5, /^is required for shape: spike/],
  ['spike longer than duration', `${HEAD}load:\n  rate: 100\n  shape: spike\n  spike_rate: 500\n  spike_duration: 1m\n  duration: 30s\n`, 'load.spike_duration', 9, /is longer than the measured duration 30s$/],
  ['stages with duration', `${HEAD}load:\n  duration: 10s\n  stages: [{duration: 5s, rate: 10}]\n`, 'load.duration', 6, /^is the stages' total minus the warm-up/],
  ['stages with rate', `${HEAD}load:\n  rate: 10\n  stages: [{duration: 5s, rate: 10}]\n`, 'load.rate', 6, /^cannot be combined with stages/],
  ['stage without rate', `${HEAD}load:\n  stages:\n    - duration: 5s\n`, 'load.stages[0].rate', 7, /^is required \(the rate reached at the end of this stage/],
  ['stage duration bare', `${HEAD}load:\n  stages:\n    - { duration: 5, rate: 10 }\n`, 'load.stages[0].duration', 7, /^5 has no unit; write "5s"/],
  ['stages shorter than warm-up', `${HEAD}load:\n  warmup: 10s\n  stages: [{duration: 5s, rate: 10}]\n`, 'load.stages', 7, /leaves nothing to measure after the 10s warm-up$/],
  ['stages all zero', `${HEAD}load:\n  warmup: 0s\n  stages: [{duration: 5s, rate: 0}]\n`, 'load.stages', 7, /^every stage has rate 0/],
  ['max_in_flight zero', `${HEAD}load:\n  rate: 10\n  max_in_flight: 0\n`, 'load.max_in_flight', 7, /^0 is not a whole number between 1 and 10000$/],
  ['think time backwards', `${HEAD}load:\n  think_time: { min: 2s, max: 1s }\n`, 'load.think_time.max', 6, /^"1s" is shorter than min "2s"$/],
  ['think time half', `${HEAD}load:\n  think_time: { min: 2s }\n`, 'load.think_time', 6, /^needs both min and max/],
  ['pipelining zero', `${HEAD}load:\n  pipelining: 0\n`, 'load.pipelining', 6, /^0 is not a whole number between 1 and 256$/],
  ['seed negative', `${HEAD}load:\n  seed: -1\n`, 'load.seed', 6, /^-1 is not a whole number between 0 and 4294967295$/],
  ['level with a bad name', `${HEAD}levels:\n  "p r": { load: { duration: 5s } }\n`, 'levels."p r"', 6, /is not a name/],
  ['level with a bad key', `${HEAD}levels:\n  pr: { lod: { duration: 5s } }\n`, 'levels.pr.lod', 6, /^unknown key \(valid: load\); did you mean "load"\?$/],
  ['level with a bad load value', `${HEAD}levels:\n  pr:\n    load:\n      rate: fast\n`, 'levels.pr.load.rate', 8, /^"fast" is not a rate/],
  ['levels empty', `${HEAD}levels: {}\n`, 'levels', 5, /^an empty mapping is not a mapping of level names/],
  ['target_process both', `${HEAD}target_process: { pid: 5, pid_file: x }\n`, 'target_process', 5, /^give either pid .* or pid_file/],
  ['trend alpha too large', `${HEAD}trend:\n  alpha: 0.7\n`, 'trend.alpha', 6, /^0.7 is not a significance level between 0 and 0.5, exclusive \(e.g. 0.01\)$/],
  ['trend min_change zero', `${HEAD}trend:\n  min_change: 0%\n`, 'trend.min_change', 6, /^"0%" must be more than 0% \(e.g. 5%\)$/],
  ['trend min_change bare number', `${HEAD}trend:\n  min_change: 5\n`, 'trend.min_change', 6, /^5 is not a percentage .*write "5%"$/],
  ['trend history too long', `${HEAD}trend:\n  history: 5000\n`, 'trend.history', 6, /^5000 is not a whole number between 10 and 1000$/],
  ['trend unknown key', `${HEAD}trend:\n  runs: 50\n`, 'trend.runs', 6, /^unknown key \(valid: alpha, min_change, history\)/],
  ['target_process pid zero', `${HEAD}target_process: { pid: 0 }\n`, 'target_process.pid', 5, /^0 is not a process id/],
  ['camelCase key', `${HEAD}load:\n  requestTimeout: 1s\n`, 'load.requestTimeout', 6, /did you mean "request_timeout"\?$/],
  ['load a list', `${HEAD}load: [1]\n`, 'load', 5, /^a list is not a mapping \(valid keys: connections/],
  // endpoints
  ['endpoints missing', 'name: p\n', 'endpoints', 1, /^is required \(a list of endpoints/],
  ['endpoints empty', 'name: p\nendpoints: []\n', 'endpoints', 2, /^an empty list is not a list of endpoints/],
  ['endpoints a mapping', 'name: p\nendpoints:\n  hello: /\n', 'endpoints', 2, /^a mapping is not a list of endpoints/],
  ['endpoint a string', 'name: p\nendpoints:\n  - /hello\n', 'endpoints[0]', 3, /^"\/hello" is not a mapping/],
  ['endpoint name missing', 'name: p\nendpoints:\n  - path: /\n', 'endpoints[0].name', 3, /^is required/],
  ['endpoint name charset', 'name: p\nendpoints:\n  - name: a/b\n    path: /\n', 'endpoints[0].name', 3, /^"a\/b" is not a name/],
  ['endpoint names repeat', `${HEAD}  - name: e\n    path: /x\n`, 'endpoints[1].name', 5, /^"e" is already the name of endpoints\[0\]/],
  ['path missing', 'name: p\nendpoints:\n  - name: e\n', 'endpoints[0].path', 3, /^is required \(the request path/],
  ['path without slash', 'name: p\nendpoints:\n  - name: e\n    path: api\n', 'endpoints[0].path', 4, /^"api" is not a path starting with "\/"/],
  ['path with a space', 'name: p\nendpoints:\n  - name: e\n    path: /a b\n', 'endpoints[0].path', 4, /contains a space/],
  ['method unknown', `${HEAD}    method: FETCH\n`, 'endpoints[0].method', 5, /^"FETCH" is not an HTTP method \(use GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS\)$/],
  ['method misspelt key', `${HEAD}    metod: GET\n`, 'endpoints[0].metod', 5, /^unknown key \(valid: name, method, path, [^)]*\); did you mean "method"\?$/],
  ['headers a list', `${HEAD}    headers: [a]\n`, 'endpoints[0].headers', 5, /^a list is not a mapping of header names/],
  ['header name invalid', `${HEAD}    headers:\n      "x y": v\n`, 'endpoints[0].headers."x y"', 6, /^"x y" is not a valid header name/],
  ['header value a number', `${HEAD}    headers:\n      x-count: 5\n`, 'endpoints[0].headers.x-count', 6, /^5 is not a string \(quote it: "5"\)$/],
  ['header managed', `${HEAD}    headers:\n      Content-Length: "3"\n`, 'endpoints[0].headers.Content-Length', 6, /"content-length" is set by the load generator/],
  ['header repeated in other case', `${HEAD}    headers:\n      x-a: "1"\n      X-A: "2"\n`, 'endpoints[0].headers.X-A', 7, /repeats a header already given/],
  ['body and json', `${HEAD}    body: x\n    json: {a: 1}\n`, 'endpoints[0].json', 6, /either body .* or json .*, not both/],
  ['body not a string', `${HEAD}    body: {a: 1}\n`, 'endpoints[0].body', 5, /^a mapping is not a string \(for a structured body use json: instead\)$/],
  ['json infinite', `${HEAD}    json: {a: .inf}\n`, 'endpoints[0].json', 5, /\.inf or \.nan/],
  ['weight zero', `${HEAD}    weight: 0\n`, 'endpoints[0].weight', 5, /^0 is not a whole number >= 1$/],
  ['expect_status too low', `${HEAD}    expect_status: 99\n`, 'endpoints[0].expect_status', 5, /^99 is not a whole number between 100 and 599$/],
  ['expect_status list item', `${HEAD}    expect_status:\n      - 200\n      - 600\n`, 'endpoints[0].expect_status[1]', 7, /^600 is not a whole number/],
  ['expect_status a string', `${HEAD}    expect_status: "200"\n`, 'endpoints[0].expect_status', 5, /^"200" is not a whole number/],
  ['endpoint severity unordered', `${HEAD}    severity: {minor: 30%}\n`, 'endpoints[0].severity', 5, /minor < major < critical \(got minor 30%, major 25%, critical 50%/],
  // thresholds
  ['threshold metric unknown', `${HEAD}thresholds:\n  p100: 1s\n`, 'thresholds.p100', 6, /^unknown key \(valid: p50, p90, p95, p99, max, mean, error_rate, throughput, capacity, target_rss_growth, target_cpu_per_request, recovery_time, p95_drift\)/],
  ['p95 drift in words', `${HEAD}load:\n  duration: 2m\nthresholds:\n  p95_drift: 2ms per hour\n`, 'thresholds.p95_drift', 8, /^"2ms per hour" is not a drift in ms per minute > 0 \(e\.g\. 1ms\/min or 1\)$/],
  ['p95 drift on a short run', `${HEAD}thresholds:\n  p95_drift: { major: 1ms/min }\n`, 'thresholds.p95_drift', 6, /^needs a measured phase of at least 1m to read a drift per minute \(load\.duration is 30s\)/],
  ['latency limit bare number', `${HEAD}thresholds:\n  p95: 300\n`, 'thresholds.p95', 6, /^300 has no unit/],
  ['latency limit zero', `${HEAD}thresholds:\n  p95: 0ms\n`, 'thresholds.p95', 6, /must be longer than zero/],
  ['latency tiers unordered', `${HEAD}thresholds:\n  p95: {minor: 1s, critical: 500ms}\n`, 'thresholds.p95', 6, /^the critical limit must be at least the minor limit \(minor <= major <= critical\)$/],
  ['latency tier bad', `${HEAD}thresholds:\n  p95:\n    major: fast\n`, 'thresholds.p95.major', 7, /^"fast" is not a duration/],
  ['tier name unknown', `${HEAD}thresholds:\n  p95:\n    critcal: 1s\n`, 'thresholds.p95.critcal', 7, /^unknown key \(valid: minor, major, critical\); did you mean "critical"\?$/],
  ['tiers empty', `${HEAD}thresholds:\n  p95: {}\n`, 'thresholds.p95', 6, /^has no tiers/],
  ['error rate bare 5', `${HEAD}thresholds:\n  error_rate: 5\n`, 'thresholds.error_rate', 6, /is not a percentage \("1%"\) or a fraction between 0 and 1 \("0.01"\); for 5% write "5%"$/],
  ['error rate over 100%', `${HEAD}thresholds:\n  error_rate: 150%\n`, 'thresholds.error_rate', 6, /^"150%" is more than 100%$/],
  ['throughput a duration', `${HEAD}thresholds:\n  throughput: 1s\n`, 'thresholds.throughput', 6, /^"1s" is not a number of requests per second > 0/],
  ['throughput tiers unordered', `${HEAD}thresholds:\n  throughput: {minor: 100, major: 500}\n`, 'thresholds.throughput', 6, /^the major limit must be at most the minor limit \(throughput is a floor/],
  ['endpoint threshold', `${HEAD}    thresholds:\n      p99: soon\n`, 'endpoints[0].thresholds.p99', 6, /^"soon" is not a duration/],
  // regression and readiness
  ['regression metric unknown', `${HEAD}regression:\n  metrics: [p50, p75]\n`, 'regression.metrics[1]', 6, /^"p75" is not a metric \(choose from p50, p90, p95, p99, mean, throughput, error_rate\)$/],
  ['regression metric twice', `${HEAD}regression:\n  metrics: [p50, p50]\n`, 'regression.metrics[1]', 6, /^"p50" is listed twice$/],
  ['regression metrics a string', `${HEAD}regression:\n  metrics: p95\n`, 'regression.metrics', 6, /^"p95" is not a list of metrics/],
  ['alpha too big', `${HEAD}regression:\n  alpha: 0.5\n`, 'regression.alpha', 6, /^0.5 is not a significance level between 0 and 0.5/],
  ['alpha zero', `${HEAD}regression:\n  alpha: 0\n`, 'regression.alpha', 6, /^0 is not a significance level/],
  ['history one run', `${HEAD}regression:\n  history: 1\n`, 'regression.history', 6, /^1 is not a number of runs to keep: a whole number from 2 to 100 \(default 20; a history of one run cannot show the run-to-run spread\)$/],
  ['history fractional', `${HEAD}regression:\n  history: 2.5\n`, 'regression.history', 6, /^2.5 is not a number of runs to keep/],
  ['history too long', `${HEAD}regression:\n  history: 101\n`, 'regression.history', 6, /^101 is not a number of runs to keep/],
  ['history a string', `${HEAD}regression:\n  history: all\n`, 'regression.history', 6, /^"all" is not a number of runs to keep/],
  ['severity unordered', `${HEAD}regression:\n  severity: {minor: 30%, major: 20%}\n`, 'regression.severity', 6, /minor < major < critical/],
  ['severity equal', `${HEAD}regression:\n  severity: {major: 50%}\n`, 'regression.severity', 6, /minor < major < critical/],
  ['severity zero', `${HEAD}regression:\n  severity:\n    minor: 0%\n`, 'regression.severity.minor', 7, /^"0%" must be more than 0%$/],
  ['severity bare 25', `${HEAD}regression:\n  severity:\n    major: 25\n`, 'regression.severity.major', 7, /for 25% write "25%"$/],
  ['readiness path', `${HEAD}readiness:\n  path: health\n`, 'readiness.path', 6, /^"health" is not a path starting with "\/"/],
  ['readiness timeout', `${HEAD}readiness:\n  timeout: 60\n`, 'readiness.timeout', 6, /^60 has no unit/],
];

for (const [what, text, path, line, message] of cases) {
  test(`mistake: ${what}`, () => {
    const outcome = parseProfile(text, 'profile.yml');
    assert.equal(outcome.ok, false, `${what}: expected a problem`);
    if (outcome.ok) return;
    const found = outcome.problems.find((p) => p.path === path);
    assert.ok(found, `${what}: no problem at ${path}; got ${JSON.stringify(outcome.problems)}`);
    assert.equal(found.line, line, `${what}: line`);
    assert.match(found.message, message, `${what}: message`);
    assert.equal(outcome.problems.length, 1, `${what}: exactly one problem; got ${JSON.stringify(outcome.problems)}`);
  });
}

const valid: [what: string, text: string][] = [
  ['warmup of zero', `${HEAD}load:\n  warmup: 0s\n`],
  ['exactly 100ms per trial', `${HEAD}load:\n  duration: 2s\n  trials: 20\n`],
  ['lower-case method', `${HEAD}    method: delete\n`],
  ['json null body', `${HEAD}    json: null\n`],
  ['equal latency tiers', `${HEAD}thresholds:\n  p95: {minor: 1s, major: 1s}\n`],
  ['error rate zero', `${HEAD}thresholds:\n  error_rate: 0\n`],
  ['error rate 100%', `${HEAD}thresholds:\n  error_rate: 100%\n`],
  ['no regression metrics', `${HEAD}regression:\n  metrics: []\n`],
  ['severity as fractions', `${HEAD}regression:\n  severity: {minor: 0.1, major: 0.5, critical: 1}\n`],
  ['$schema key', `$schema: ./schemas/profile.schema.json\n${HEAD}`],
  ['https target with path', `${HEAD}target: https://example.com/base/\n`],
];

for (const [what, text] of valid) {
  test(`accepted: ${what}`, () => {
    const outcome = parseProfile(text, 'profile.yml');
    assert.equal(outcome.ok, true, `${what}: ${outcome.ok ? '' : JSON.stringify(outcome.problems)}`);
  });
}

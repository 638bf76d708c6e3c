import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  answeredRequests,
  baselineRefusal,
  runHealthWarnings,
  trialErrorRates,
  type RunHealthInput,
} from '../../src/metrics/run-health.js';
import type { EndpointResult, ErrorCounts } from '../../src/metrics/types.js';
import { endpointResult, trial } from '../support/builders.js';

/** An endpoint with `requests` per trial of which the given classes failed (spread over its trials as given). */
function endpoint(name: string, perTrial: Array<Partial<ErrorCounts> & { requests: number }>, extra: Partial<EndpointResult> = {}): EndpointResult {
  const trials = perTrial.map((t) => {
    const errors = (t.refused ?? 0) + (t.reset ?? 0) + (t.timeout ?? 0) + (t.status ?? 0) + (t.other ?? 0);
    return trial(1, t.requests, errors, t.requests);
  });
  const e = endpointResult(name, trials);
  const classes: ErrorCounts = { refused: 0, reset: 0, timeout: 0, status: 0, other: 0 };
  for (const t of perTrial) for (const k of Object.keys(classes) as (keyof ErrorCounts)[]) classes[k] += t[k] ?? 0;
  return { ...e, errorsByClass: classes, ...extra };
}

function input(endpoints: EndpointResult[], more: Partial<RunHealthInput> = {}): RunHealthInput {
  return { model: 'closed', endpoints, warmupMs: 1000, durationMs: 8000, failuresSinceAnswer: 0, lastAnswerMs: 8999, ...more };
}

const codes = (i: RunHealthInput) => runHealthWarnings(i).map((w) => w.code);

describe('answeredRequests', () => {
  it('counts answers of any status, not refusals, resets, timeouts or malformed answers', () => {
    const e = endpoint('a', [{ requests: 10, refused: 1, reset: 2, timeout: 3, other: 1, status: 2 }]);
    assert.equal(answeredRequests(e), 3);
  });
});

describe('runHealthWarnings', () => {
  it('a healthy run: no warning', () => {
    assert.deepEqual(codes(input([endpoint('a', [{ requests: 100 }, { requests: 100, status: 1 }])])), []);
  });

  it('no request started and warm-up requests held the connections: no-answers naming them', () => {
    const w = runHealthWarnings(input([endpoint('hello', [{ requests: 0 }]), endpoint('hang', [{ requests: 0 }], { warmupUnanswered: 16 })], { lastAnswerMs: undefined }));
    assert.deepEqual(w.map((x) => x.code), ['no-answers']);
    assert.match(w[0].message, /no request started in the measured phase/);
    assert.match(w[0].message, /16 requests sent during the warm-up were still unanswered when the warm-up ended \(hang: 16\)/);
  });

  it('every request failed without an answer: no-answers with the classes, largest first', () => {
    const w = runHealthWarnings(input([endpoint('a', [{ requests: 40, refused: 30, reset: 10 }])], { lastAnswerMs: undefined }));
    assert.equal(w[0].code, 'no-answers');
    assert.match(w[0].message, /40 requests started and every one failed \(refused 30, reset 10\)/);
  });

  it('all-500 is answered (latency exists) but failing: endpoint-failing, not no-answers', () => {
    const w = runHealthWarnings(input([endpoint('a', [{ requests: 50, status: 50 }])]));
    assert.deepEqual(w.map((x) => x.code), ['endpoint-failing']);
    assert.match(w[0].message, /a: 50 of 50 requests failed \(status 50\); its latency is that of failed answers/);
  });

  it('nearly all failed (95%) warns; 94% does not', () => {
    const ok = endpoint('ok', [{ requests: 100 }]);
    assert.deepEqual(codes(input([ok, endpoint('b', [{ requests: 100, reset: 95 }])])), ['endpoint-failing']);
    assert.deepEqual(codes(input([ok, endpoint('b', [{ requests: 100, reset: 94 }])])), []);
  });

  it('a failing endpoint quotes its first error message and, in the closed model, the cost of its timeouts', () => {
    const hang = endpoint('hang', [{ requests: 8, timeout: 8 }], { errorSamples: { timeout: ['no answer within 1000 ms (request abandoned)'] } });
    const [w] = runHealthWarnings(input([endpoint('hello', [{ requests: 8 }]), hang]));
    assert.match(w.message, /e\.g\. "no answer within 1000 ms \(request abandoned\)"/);
    assert.match(w.message, /it has no latency \(no request was answered\)/);
    assert.match(w.message, /held a connection until its timeout/);
    const [open] = runHealthWarnings(input([endpoint('hello', [{ requests: 8 }]), hang], { model: 'open' }));
    assert.doesNotMatch(open.message, /held a connection/);
  });

  it('an endpoint with no request while others had some: endpoint-starved, with the reason per model', () => {
    const starved = endpoint('search', [{ requests: 0 }]);
    const [closed] = runHealthWarnings(input([endpoint('hello', [{ requests: 10 }]), starved]));
    assert.equal(closed.code, 'endpoint-starved');
    assert.match(closed.message, /each connection waits for its answer/);
    const [dropped] = runHealthWarnings(input([endpoint('hello', [{ requests: 10 }]), { ...starved, dropped: 7 }], { model: 'open' }));
    assert.match(dropped.message, /its 7 arrivals were dropped at load\.max_in_flight/);
    assert.equal(dropped.code, 'endpoint-starved');
    // An open-model endpoint that its weight alone left without an arrival is said, and does not keep the run from being a baseline.
    const [unsampled] = runHealthWarnings(input([endpoint('hello', [{ requests: 10 }]), starved], { model: 'open' }));
    assert.equal(unsampled.code, 'endpoint-unsampled');
    assert.match(unsampled.message, /its weight gave it no arrival in so short a run/);
    assert.equal(baselineRefusal({ warnings: [unsampled] }), undefined);
  });

  it('target stopped at 6.3 s of 8 s: target-stopped with the time and the per-trial error rates', () => {
    const trials: Array<Partial<ErrorCounts> & { requests: number }> = [0, 1, 2, 3, 4, 5].map(() => ({ requests: 1000 }));
    trials.push({ requests: 500, refused: 400 }, { requests: 300, refused: 300 });
    const w = runHealthWarnings(input([endpoint('a', trials)], { lastAnswerMs: 1000 + 6300, failuresSinceAnswer: 700 }));
    assert.deepEqual(w.map((x) => x.code), ['target-stopped']);
    assert.match(w[0].message, /stopped answering at t = 6\.3 s of the 8 s measured phase/);
    assert.match(w[0].message, /every one of the 700 requests after that failed/);
    assert.match(w[0].message, /Error rate per trial: 0%, 0%, 0%, 0%, 0%, 0%, 80%, 100%/);
  });

  it('target-stopped needs a silence of at least 1 s (and 10% of the run) and a failure after it', () => {
    const e = [endpoint('a', [{ requests: 10, refused: 1 }])];
    // 0.9 s of silence: not yet.
    assert.deepEqual(codes(input(e, { lastAnswerMs: 9000 - 900, failuresSinceAnswer: 5 })), []);
    // 1.1 s of silence, but nothing failed after the last answer (slow answers still out): no.
    assert.deepEqual(codes(input(e, { lastAnswerMs: 9000 - 1100, failuresSinceAnswer: 0 })), []);
    assert.deepEqual(codes(input(e, { lastAnswerMs: 9000 - 1100, failuresSinceAnswer: 1 })), ['target-stopped']);
    // A 60 s run needs 6 s.
    assert.deepEqual(codes(input(e, { durationMs: 60_000, lastAnswerMs: 61_000 - 5000, failuresSinceAnswer: 3 })), []);
  });

  it('stopped during the warm-up says so', () => {
    const w = runHealthWarnings(input([endpoint('a', [{ requests: 5, refused: 5 }])], { lastAnswerMs: 400, failuresSinceAnswer: 5 }));
    assert.deepEqual(w.map((x) => x.code), ['no-answers', 'target-stopped']);
    assert.match(w[1].message, /t = 0\.4 s, during the 1 s warm-up/);
  });
});

describe('trialErrorRates', () => {
  it('sums endpoints per trial; a trial with no request is —', () => {
    const a = endpoint('a', [{ requests: 10, reset: 1 }, { requests: 0 }, { requests: 4, reset: 4 }]);
    const b = endpoint('b', [{ requests: 10 }, { requests: 0 }, { requests: 0 }]);
    assert.equal(trialErrorRates([a, b]), '5%, —, 100%');
  });
});

describe('baselineRefusal', () => {
  it('refuses runs that measured nothing or failed an endpoint, and names why', () => {
    for (const code of ['no-answers', 'target-stopped', 'endpoint-failing', 'endpoint-starved']) {
      const reason = baselineRefusal({ warnings: [{ code, message: 'x' }] });
      assert.ok(reason?.includes(code), `${code}: ${reason}`);
    }
  });

  it('accepts runs with other warnings only', () => {
    assert.equal(baselineRefusal({ warnings: [{ code: 'generator-saturated', message: 'x' }] }), undefined);
    assert.equal(baselineRefusal({ warnings: [] }), undefined);
  });
});

import { createRequire as __loadgateCreateRequire } from 'node:module'; const require = __loadgateCreateRequire(import.meta.url);

// src/plan/trial-plan.ts
function planTrials(load) {
  const { warmupMs, durationMs, trials: count } = load;
  if (!(warmupMs >= 0) || !Number.isFinite(warmupMs)) {
    throw new RangeError(`planTrials: warmupMs ${String(warmupMs)} must be a finite number >= 0`);
  }
  if (!(durationMs > 0) || !Number.isFinite(durationMs)) {
    throw new RangeError(`planTrials: durationMs ${String(durationMs)} must be a finite number > 0`);
  }
  if (!Number.isSafeInteger(count) || count < 1) {
    throw new RangeError(`planTrials: trials ${String(count)} must be an integer >= 1`);
  }
  const trialDurationMs = durationMs / count;
  const totalMs = warmupMs + durationMs;
  const trials = [];
  for (let index = 0; index < count; index++) {
    trials.push({
      index,
      startMs: warmupMs + index * trialDurationMs,
      // Pin the last end to totalMs so floating-point sums cannot leave a sliver uncovered.
      endMs: index === count - 1 ? totalMs : warmupMs + (index + 1) * trialDurationMs
    });
  }
  return { warmupMs, trialDurationMs, trials, totalMs };
}
function trialIndexAt(plan, elapsedMs) {
  const count = plan.trials.length;
  if (elapsedMs < plan.warmupMs) return -1;
  if (elapsedMs >= plan.totalMs) return count;
  const index = Math.floor((elapsedMs - plan.warmupMs) / plan.trialDurationMs);
  return index < count ? index : count - 1;
}

export {
  planTrials,
  trialIndexAt
};

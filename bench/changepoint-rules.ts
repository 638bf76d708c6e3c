/**
 * The rules people use today to watch a series of benchmark runs, as `npm run bench:changepoints`
 * compares them with change-point detection on the very same series:
 * - a fixed percentage against the previous run (github-action-benchmark's `alert-threshold`:
 *   alert when the current run is worse than the previous one by more than the threshold);
 * - a two-sided tabular CUSUM (Page 1954; Montgomery, "Introduction to Statistical Quality
 *   Control", §9.1) with its usual tuning: reference value k = 0.5σ, decision interval h (4σ–5σ,
 *   here tuned to a matched false-alarm rate), self-starting (each run against the mean of the runs
 *   before it since the last restart, so no in-control mean is assumed), σ from the average moving
 *   range (MR̄ / 1.128), the change time estimated as the last run the alarming sum was 0, and a
 *   restart from that run after each alarm.
 * Both report flags as { index of the first run after the change, direction }.
 */
export interface Flag {
  index: number;
  up: boolean;
}

/** Fixed threshold: a flag wherever |xᵢ − xᵢ₋₁| > threshold (x on the log scale: log(1 + percentage)). */
export function thresholdFlags(x: readonly number[], threshold: number): Flag[] {
  const flags: Flag[] = [];
  for (let i = 1; i < x.length; i++) {
    const d = x[i] - x[i - 1];
    if (Math.abs(d) > threshold) flags.push({ index: i, up: d > 0 });
  }
  return flags;
}

/** The largest |xᵢ − xᵢ₋₁| of a series: a threshold above it never flags (to tune at a false-alarm rate). */
export function thresholdStatistic(x: readonly number[]): number {
  let max = 0;
  for (let i = 1; i < x.length; i++) max = Math.max(max, Math.abs(x[i] - x[i - 1]));
  return max;
}

function sigmaOf(x: readonly number[]): number {
  let sum = 0;
  for (let i = 1; i < x.length; i++) sum += Math.abs(x[i] - x[i - 1]);
  return sum / (x.length - 1) / 1.128;
}

/**
 * Self-starting two-sided CUSUM (Hawkins 1987): run i is standardized against the mean of the runs
 * since the last restart, zᵢ = (xᵢ − x̄) / σ · √(m / (m + 1)) with m runs in that mean, so no
 * in-control mean has to be known in advance; k = 0.5σ, h in units of σ.
 */
export function cusumFlags(x: readonly number[], h: number, k = 0.5): Flag[] {
  const sigma = sigmaOf(x) || 1e-12;
  const flags: Flag[] = [];
  let start = 0;
  while (start + 2 < x.length) {
    const alarm = scan(x, start, sigma, k, h).alarm;
    if (!alarm) break;
    flags.push(alarm);
    start = Math.max(alarm.index, start + 1);
  }
  return flags;
}

function scan(x: readonly number[], start: number, sigma: number, k: number, h: number): { alarm?: Flag; max: number } {
  let hi = 0;
  let lo = 0;
  let hiZero = start;
  let loZero = start;
  let sum = x[start];
  let max = 0;
  for (let i = start + 1; i < x.length; i++) {
    const m = i - start;
    const z = ((x[i] - sum / m) / sigma) * Math.sqrt(m / (m + 1));
    sum += x[i];
    hi = Math.max(0, hi + z - k);
    lo = Math.max(0, lo - z - k);
    if (hi === 0) hiZero = i + 1;
    if (lo === 0) loZero = i + 1;
    max = Math.max(max, hi, lo);
    if (hi > h) return { alarm: { index: hiZero, up: true }, max };
    if (lo > h) return { alarm: { index: loZero, up: false }, max };
  }
  return { max };
}

/** The largest h at which the CUSUM still alarms on a series (to tune at a false-alarm rate). */
export function cusumStatistic(x: readonly number[], k = 0.5): number {
  return scan(x, 0, sigmaOf(x) || 1e-12, k, Number.POSITIVE_INFINITY).max;
}

/**
 * The oracle that bounds every rule: it knows where the steps are (and that they go up), so for
 * each step it only has to compare the runs between its neighbouring steps, with the one-sided
 * pooled two-sample t statistic of a model with one mean per segment (the most powerful test of a
 * shift in normal noise; no search, no multiplicity). Returns one t per step; a step counts as
 * found when its t exceeds a threshold tuned, like the other rules', on no-change series with the
 * same positions.
 */
export function knownStepT(x: readonly number[], steps: readonly number[]): number[] {
  const bounds = [0, ...steps, x.length];
  const segments = bounds.slice(0, -1).map((s, i) => x.slice(s, bounds[i + 1]));
  const means = segments.map((s) => s.reduce((a, v) => a + v, 0) / s.length);
  const squares = segments.reduce((a, s, i) => a + s.reduce((q, v) => q + (v - means[i]) ** 2, 0), 0);
  const pooled = Math.sqrt(squares / (x.length - segments.length));
  return steps.map((_, k) => (means[k + 1] - means[k]) / (pooled * Math.sqrt(1 / segments[k].length + 1 / segments[k + 1].length)));
}

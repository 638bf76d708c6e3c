/**
 * `load.recovery:` — how a spike run judges that the service is back to its pre-spike self
 * (verdict/recovery.ts reads the time to recover from the run's timeline).
 *
 *   load:
 *     rate: 100
 *     shape: spike
 *     spike_rate: 600
 *     spike_duration: 5s
 *     duration: 35s              the watch after the spike is (duration − spike_duration) / 2 = 15s
 *     recovery:                  optional; these are the defaults
 *       band: 20%                p95 within 20% of the pre-spike p95 counts as back
 *       settle: 3s               … for 3 s in a row, without errors
 *
 * The watch window is what the spike shape already leaves after the spike (the spike is centred in
 * the measured phase), so the run stays bounded by its duration; a longer watch is a longer
 * duration. A spike run always gets a recovery reading (with the defaults; the default settle
 * shortened to the watch when the watch is shorter); `recovery:` only tunes it, and is refused for
 * a load without a spike.
 */
import type { RecoverySettings } from './types.js';
import { describeValue, joinPath, readDuration, readFraction, readMapping, type Issue, type Mapping } from './read.js';
import { formatDurationMs } from './duration.js';

export const RECOVERY_KEYS = ['band', 'settle'] as const;
/** The defaults: back within 20% of the pre-spike p95, for 3 s in a row. */
export const DEFAULT_RECOVERY: Readonly<RecoverySettings> = { band: 0.2, settleMs: 3000 };
/** A settle longer than this would need a watch of minutes to ever be met. */
const MAX_SETTLE_MS = 600_000;

/**
 * Reads `load.recovery` for a load whose shape is `shape` (the whole `load:` mapping is passed;
 * `watchMs`, what a spike leaves after it). Returns the settings for a spike (the defaults when
 * `recovery:` is absent), undefined otherwise; every problem is reported with its path.
 */
export function readRecovery(load: Mapping, path: string, shape: string, watchMs: number, issues: Issue[]): RecoverySettings | undefined {
  const at = joinPath(path, 'recovery');
  if (shape !== 'spike') {
    if (load.recovery !== undefined) {
      issues.push({ path: at, message: `only applies to shape: spike (the time to recover is measured after a spike; this load's shape is ${shape})` });
    }
    return undefined;
  }
  const mapping = load.recovery === undefined ? {} : readMapping(load.recovery, at, RECOVERY_KEYS, issues);
  if (!mapping) return { ...DEFAULT_RECOVERY };
  const settings: RecoverySettings = { ...DEFAULT_RECOVERY };
  if (mapping.band !== undefined) {
    const band = readFraction(mapping.band, joinPath(at, 'band'), issues);
    if (band !== undefined && band <= 0) {
      issues.push({ path: joinPath(at, 'band'), message: `${describeValue(mapping.band)} leaves no room above the pre-spike p95; give a share above 0%, e.g. 20%` });
    } else if (band !== undefined) {
      settings.band = band;
    }
  }
  if (mapping.settle !== undefined) {
    const ms = readDuration(mapping.settle, joinPath(at, 'settle'), false, issues, MAX_SETTLE_MS);
    if (ms !== undefined) settings.settleMs = ms;
  }
  if (mapping.settle === undefined && settings.settleMs > watchMs) {
    // A short spike run that did not ask for a settle gets the whole watch, not an error.
    settings.settleMs = Math.max(1, watchMs);
  } else if (settings.settleMs > watchMs) {
    issues.push({
      path: joinPath(at, 'settle'),
      message: `a settle of ${formatDurationMs(settings.settleMs)} is longer than the ${formatDurationMs(watchMs)} the spike leaves after it ((duration − spike_duration) / 2); lengthen duration or shorten settle`,
    });
  }
  return settings;
}

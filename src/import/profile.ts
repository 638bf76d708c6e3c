/**
 * The profile an imported run is judged by. The load was defined in the other tool, so loadgate
 * builds the profile from the import itself: one endpoint per label (after the mapping), the window
 * as it was cut, and — when the user gives a loadgate profile too — that profile's name,
 * thresholds and regression settings, and the thresholds and severities of its endpoints of the
 * same name. The fingerprint (what baselines are comparable with) thus covers the format, the
 * window and the endpoints, so a changed test plan starts a new history rather than being
 * compared with the old one.
 */
import type { Profile } from '../profile/types.js';
import { DEFAULT_SEVERITY } from '../profile/regression.js';
import type { ImportedMeasurement } from './raw-bin.js';
import type { ImportFormat } from './types.js';

/** Regression settings for an import without a profile: the profile parser's defaults. */
const DEFAULT_METRICS = ['p50', 'p95', 'throughput', 'error_rate'] as const;

/** Builds the profile of an imported run (pure). */
export function importedProfile(
  imported: ImportedMeasurement,
  options: { name: string; format: ImportFormat | 'shards'; base?: Profile },
): Profile {
  const { base } = options;
  const { plan } = imported.window;
  const byName = new Map((base?.endpoints ?? []).map((e) => [e.name, e]));
  return {
    name: base?.name ?? options.name,
    load: {
      model: 'closed',
      connections: 1,
      warmupMs: plan.warmupMs,
      durationMs: plan.totalMs - plan.warmupMs,
      trials: plan.trials.length,
      requestTimeoutMs: 0,
    },
    endpoints: imported.endpoints.map((e) => {
      const own = byName.get(e.name);
      return {
        name: e.name,
        method: e.method,
        path: e.path,
        // The format goes into every endpoint's headers slot of the fingerprint: a JMeter history
        // and a k6 history of the same labels are not one history.
        headers: { 'x-loadgate-import': options.format },
        weight: 1,
        expectStatus: own?.expectStatus ?? [],
        thresholds: own?.thresholds ?? [],
        ...(own?.severity ? { severity: own.severity } : {}),
        ...(own?.line ? { line: own.line } : {}),
      };
    }),
    thresholds: base?.thresholds ?? [],
    regression: base?.regression ?? { metrics: [...DEFAULT_METRICS], alpha: 0.05, severity: { ...DEFAULT_SEVERITY } },
    readiness: base?.readiness ?? { path: '/', timeoutMs: 0 },
    ...(base?.level ? { level: base.level } : {}),
  };
}

/**
 * Captured values are often tokens and session ids: like `{{ env … }}` secrets they must not show
 * in any output. Messages are built from the profile's own text where possible; anything that may
 * quote a response (a failed check's "found …") goes through `maskValues` with the iteration's
 * captured values before it is kept.
 */

/** What stands in for a masked value (the same mark GitHub's log masking uses). */
export const MASK = '***';

/** Values shorter than this are not masked: masking "1" or "ok" would garble every message. */
export const MIN_MASKED_CHARS = 4;

/** The text with every occurrence of each value (longest first, so one inside another cannot leak) replaced by MASK. */
export function maskValues(text: string, values: Iterable<string>): string {
  const sorted = [...values].filter((v) => v.length >= MIN_MASKED_CHARS).sort((a, b) => b.length - a.length);
  let out = text;
  for (const value of sorted) {
    if (out.includes(value)) out = out.split(value).join(MASK);
    // A check message shows values JSON-quoted: mask that spelling too.
    const quoted = JSON.stringify(value).slice(1, -1);
    if (quoted !== value && out.includes(quoted)) out = out.split(quoted).join(MASK);
  }
  return out;
}

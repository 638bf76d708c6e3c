/** Escaping for the HTML report: text and attribute values, and JSON inside a `<script>` block. */

/**
 * The shared labels' emoji (✅ ❌ 🔴 …) without the emoji: the page shows status by colour and word,
 * and a machine without an emoji font (a CI runner's browser) would draw boxes.
 */
export function withoutEmoji(text: string): string {
  return text.replace(/\p{Extended_Pictographic}\uFE0F?\s*/gu, '').trim();
}

/** Text or a quoted attribute value: `& < > " '` become entities, so no markup can form. */
export function escapeHtml(text: string): string {
  return String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * JSON for a `<script type="application/json">` block: `<`, `>` and `&` as \u escapes, so no
 * `</script>` or `<!--` in a name can end the block, and U+2028/U+2029 escaped as well.
 * JSON.parse reads it back unchanged.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

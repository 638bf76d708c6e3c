/**
 * The escaping functions live with the other renderers' helpers in src/report/format.ts, so the job
 * summary, the markdown report, the comment and the check run share one implementation; this module
 * re-exports them for the publishing code.
 */
export { codeSpan, escapeMarkdown, plainName, shortCommit, UNTRUSTED_TEXT_MAX_CHARS } from '../report/format.js';

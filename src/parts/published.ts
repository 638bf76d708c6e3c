/**
 * The part mode publish loads: the untrusted report's check (with ajv and the bundled schema,
 * compiled when this loads) and the verdict recomputed from it.
 */
export { readUntrustedReport } from '../publish/report-input.js';
export { preparePublished } from '../publish/published-report.js';

/** The part the action loads for input `results` (another tool's results, src/import/) and for a shard's settings. */
export { importFromInputs, IMPORT_INPUTS } from '../import/action.js';
export { readImportSettings } from '../import/settings.js';

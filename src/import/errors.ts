/** The one error an importer throws: which file, which line, what was wrong, in words. */
import { LoadgateError } from '../errors.js';

/** Error code of every refused results file (wrong format, cut, garbled, empty window). */
export const IMPORT_ERROR_CODE = 'LOADGATE_IMPORT_INVALID';

/** `results.jtl:14: elapsed "x" is not a number of milliseconds` — file, line when known, problem. */
export function importError(file: string, line: number | undefined, problem: string): LoadgateError {
  return new LoadgateError(IMPORT_ERROR_CODE, `${file}${line === undefined ? '' : `:${line}`}: ${problem}`);
}

/**
 * Parts of loadgate that only some runs use — the load engine, the actions cache, GitHub
 * publishing, publish mode's report check, imports and shards, the artifact upload, the WebSocket
 * and flow engines — are loaded where they are first needed, so a run parses only what it uses.
 * The bundle puts each in files of its own under dist/chunks/; the modules beside this one say
 * what each part holds, and docs/development.md has the start-up figures. A part that cannot be
 * loaded means an incomplete installation (a chunk missing from dist/, a damaged file): that is
 * said plainly, naming the part, instead of a module loader's stack trace.
 */
import { LoadgateError } from '../errors.js';

/**
 * Runs `load` (a dynamic `import()` of the part's module) and returns what it loaded. A failure
 * becomes LOADGATE_PART_MISSING naming `part` and the loader's own message; the original error
 * is kept as `cause` for a bug report.
 */
export async function loadPart<T>(part: string, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (err) {
    const why = (err as Error)?.message ?? String(err);
    throw new LoadgateError(
      'LOADGATE_PART_MISSING',
      `could not load the ${part} (${why}): this copy of loadgate is incomplete; use a released version of the action or package, or rebuild dist/ with npm run build`,
      { cause: err },
    );
  }
}

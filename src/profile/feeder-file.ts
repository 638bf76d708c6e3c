/**
 * The file-system edge of feeders: reads each flow's feeder file (relative to the profile's folder)
 * while the profile is read, so a missing file, a malformed row or a column a step reads but the
 * file lacks is reported with the profile's other problems — YAML path, line, file and column —
 * before any load is sent.
 */
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseCsv, parseJsonRows } from '../flow/feeder.js';
import type { Profile, ProfileProblem } from './types.js';

/** A feeder file larger than this is refused: the rows are held in memory for the whole run. */
export const MAX_FEEDER_BYTES = 64 * 1024 * 1024;

function problem(where: string, line: number | undefined, message: string): ProfileProblem {
  return line === undefined ? { path: where, message } : { path: where, line, message };
}

/**
 * Reads every flow's feeder into `feeder.rows` and returns the problems found (empty when all is
 * well): the file missing or unreadable, not CSV/JSON as its name says, or without a column a step
 * reads.
 */
export async function loadFeederFiles(profile: Profile, profileDir: string): Promise<ProfileProblem[]> {
  const problems: ProfileProblem[] = [];
  for (const flow of profile.flows ?? []) {
    const feeder = flow.feeder;
    if (!feeder) continue;
    const full = resolve(profileDir, feeder.file);
    let text: string;
    try {
      const info = await stat(full);
      if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
      if (info.size > MAX_FEEDER_BYTES) {
        problems.push(problem(feeder.where, feeder.line, `feeder file ${feeder.file} is larger than ${MAX_FEEDER_BYTES / (1024 * 1024)} MB (its rows are kept in memory for the run)`));
        continue;
      }
      text = await readFile(full, 'utf8');
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      const why = code === 'ENOENT' ? 'does not exist' : code === 'EISDIR' ? 'is a directory' : (err as Error).message;
      problems.push(problem(feeder.where, feeder.line, `feeder file ${feeder.file} ${why} (looked at ${full}; the path is relative to the profile's folder)`));
      continue;
    }
    const parsed = feeder.format === 'csv' ? parseCsv(text) : parseJsonRows(text);
    if (!parsed.ok) {
      problems.push(problem(feeder.where, feeder.line, `feeder file ${feeder.file}: ${parsed.message}`));
      continue;
    }
    if (parsed.rows.length === 0) {
      problems.push(problem(feeder.where, feeder.line, `feeder file ${feeder.file} has a header but no rows`));
      continue;
    }
    for (const use of feeder.columnsUsed) {
      if (parsed.columns.includes(use.column)) continue;
      problems.push(problem(use.where, use.line,
        `{{ ${use.column} }} is neither captured by an earlier step of flow "${flow.name}" nor a column of feeder file ${feeder.file} (its columns: ${parsed.columns.join(', ')})`));
    }
    feeder.rows = parsed.rows;
  }
  return problems;
}

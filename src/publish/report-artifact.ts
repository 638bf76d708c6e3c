/**
 * The report attached to the run: report.html and the CSVs uploaded as one workflow artifact with
 * @actions/artifact (the results service's Twirp API and blob storage, as the cache uses). Like the
 * cache, this is infrastructure: any trouble — no artifact service (a local run, GHES), a refused
 * token, a failed upload — is returned as an outcome for a warning, never thrown, and never fails
 * the gate. The artifact's page on GitHub is what the summary, the comment and the check run link to.
 */
import { basename } from 'node:path';
import { loadPart } from '../parts/load-part.js';

export type ReportArtifactOutcome =
  | { status: 'uploaded'; id: number; name: string; url?: string }
  | { status: 'skipped'; reason: string }
  | { status: 'failed'; reason: string };

/** What the upload needs from the runner's environment (the action passes process.env). */
export interface ArtifactEnvironment {
  ACTIONS_RESULTS_URL?: string;
  ACTIONS_RUNTIME_TOKEN?: string;
  GITHUB_SERVER_URL?: string;
  GITHUB_REPOSITORY?: string;
  GITHUB_RUN_ID?: string;
}

/** An artifact name from the profile and level: `loadgate-report-shop` / `loadgate-report-shop-nightly`. */
export function reportArtifactName(profileName: string, level?: string): string {
  return `loadgate-report-${profileName}${level ? `-${level}` : ''}`.replace(/[^A-Za-z0-9._-]/g, '_');
}

/** The artifact's page, when the run and repository are known. */
export function artifactUrl(env: ArtifactEnvironment, id: number): string | undefined {
  const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  if (!env.GITHUB_REPOSITORY || !/^[\w.-]+\/[\w.-]+$/.test(env.GITHUB_REPOSITORY) || !env.GITHUB_RUN_ID || !/^\d+$/.test(env.GITHUB_RUN_ID)) return undefined;
  return `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}/artifacts/${id}`;
}

/**
 * Uploads `files` (all inside `rootDirectory`) as the artifact `name`. Never throws. The client
 * retries what the service answers with 5xx or 429 itself; what it still cannot do comes back as
 * `failed` with its message.
 */
export async function uploadReportArtifact(name: string, files: readonly string[], rootDirectory: string, env: ArtifactEnvironment): Promise<ReportArtifactOutcome> {
  if (!env.ACTIONS_RESULTS_URL || !env.ACTIONS_RUNTIME_TOKEN) {
    return { status: 'skipped', reason: 'no artifact service here (ACTIONS_RESULTS_URL and ACTIONS_RUNTIME_TOKEN are set only inside a GitHub Actions job)' };
  }
  try {
    // @actions/artifact (with its blob-storage and zip code) is loaded only for an upload.
    const { DefaultArtifactClient } = await loadPart('artifact upload', () => import('@actions/artifact'));
    const client = new DefaultArtifactClient();
    const { id } = await client.uploadArtifact(name, [...files], rootDirectory);
    if (id === undefined) return { status: 'failed', reason: `the artifact service gave no id for ${name}` };
    const url = artifactUrl(env, id);
    return { status: 'uploaded', id, name, ...(url ? { url } : {}) };
  } catch (err) {
    return { status: 'failed', reason: `could not upload the report (${files.map((f) => basename(f)).join(', ')}) as artifact ${name}: ${(err as Error).message}` };
  }
}

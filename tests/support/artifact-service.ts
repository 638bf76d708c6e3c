/**
 * A stand-in for the GitHub Actions artifact service (v4 artifacts): the Twirp JSON API that
 * @actions/artifact calls at `${ACTIONS_RESULTS_URL}twirp/github.actions.results.api.v1.ArtifactService/<Method>`,
 * with blob storage in Azurite — the same results service and storage the cache stand-in speaks.
 *
 * Wire format, from @actions/artifact 6.2's generated client (generated/results/api/v1/artifact.js):
 * proto3 JSON with proto field names (`workflow_run_backend_id`, `signed_upload_url`), int64 as
 * decimal strings, google.protobuf wrappers (`mime_type`, `hash`) as bare strings. The backend ids
 * come from the runtime token's `scp` claim, `Actions.Results:<run backend id>:<job backend id>`.
 * Every request is checked as the real service would (unknown fields, ids not matching the token,
 * a finalize whose size or sha256 does not match the uploaded blob); what it would refuse is listed
 * in `violations`, and a test should end with none.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { BlobSASPermissions, BlobServiceClient, StorageSharedKeyCredential, generateBlobSASQueryParameters } from '@azure/storage-blob';
import type { Azurite } from './azurite.js';

export const ARTIFACT_SERVICE = 'github.actions.results.api.v1.ArtifactService';

export interface StoredArtifact {
  id: number;
  name: string;
  blobName: string;
  mimeType?: string;
  size?: number;
  finalized: boolean;
}

export interface ArtifactServiceStandin {
  readonly url: string;
  readonly artifacts: StoredArtifact[];
  readonly requests: { method: string; status: number; body: unknown }[];
  readonly violations: string[];
  /** Answers every call with this HTTP status and Twirp code from now on (e.g. 403 permission_denied). */
  refuseWith(status: number, code: string): void;
  /** The uploaded bytes of an artifact. */
  download(artifact: StoredArtifact): Promise<Buffer>;
  close(): Promise<void>;
}

const FIELDS: Record<string, string[]> = {
  CreateArtifact: ['workflow_run_backend_id', 'workflow_job_run_backend_id', 'name', 'expires_at', 'version', 'mime_type'],
  FinalizeArtifact: ['workflow_run_backend_id', 'workflow_job_run_backend_id', 'name', 'size', 'hash'],
};

/** An unsigned ACTIONS_RUNTIME_TOKEN whose `scp` claim names the run's and job's backend ids. */
export function makeArtifactToken(runBackendId: string, jobBackendId: string): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${encode({ typ: 'JWT', alg: 'none' })}.${encode({ scp: `Actions.GenericRead:0 Actions.Results:${runBackendId}:${jobBackendId}`, iss: 'loadgate-test' })}.`;
}

/** Starts the stand-in on 127.0.0.1; artifacts go to the container `artifacts` in Azurite. */
export async function startArtifactService(azurite: Azurite): Promise<ArtifactServiceStandin> {
  const containerName = 'artifacts';
  const credential = new StorageSharedKeyCredential(azurite.accountName, azurite.accountKey);
  const container = new BlobServiceClient(azurite.blobUrl, credential).getContainerClient(containerName);
  await container.createIfNotExists();
  const artifacts: StoredArtifact[] = [];
  const requests: ArtifactServiceStandin['requests'] = [];
  const violations: string[] = [];
  let refusal: { status: number; code: string } | undefined;

  const sasUrl = (blobName: string) =>
    `${container.getBlockBlobClient(blobName).url}?${generateBlobSASQueryParameters(
      { containerName, blobName, permissions: BlobSASPermissions.parse('cw'), startsOn: new Date(Date.now() - 60_000), expiresOn: new Date(Date.now() + 3_600_000) },
      credential,
    ).toString()}`;

  function ids(authorization: string | undefined): [string, string] {
    const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1] ?? '';
    const claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8') || '{}') as { scp?: string };
    const scope = (claims.scp ?? '').split(' ').find((s) => s.startsWith('Actions.Results:'));
    const [, run, job] = scope?.split(':') ?? [];
    if (!run || !job) throw new Error('the runtime token has no Actions.Results scope');
    return [run, job];
  }

  function check(method: string, body: Record<string, unknown>, token: [string, string]): void {
    for (const key of Object.keys(body)) if (!FIELDS[method].includes(key)) violations.push(`${method}: unknown field "${key}"`);
    if (body.workflow_run_backend_id !== token[0] || body.workflow_job_run_backend_id !== token[1]) violations.push(`${method}: backend ids do not match the token's`);
    if (typeof body.name !== 'string' || !/^[^"<>|*?\\/:\r\n]+$/.test(body.name)) violations.push(`${method}: bad name ${JSON.stringify(body.name)}`);
  }

  async function handle(method: string, body: Record<string, unknown>, token: [string, string]): Promise<unknown> {
    check(method, body, token);
    if (method === 'CreateArtifact') {
      if (body.version !== 4 && body.version !== 7) violations.push(`CreateArtifact: version ${JSON.stringify(body.version)}`);
      if (artifacts.some((a) => a.name === body.name && a.finalized)) return { ok: false, signed_upload_url: '' };
      const id = artifacts.length + 1;
      const artifact: StoredArtifact = { id, name: body.name as string, blobName: `${token[0]}/${id}`, finalized: false, ...(typeof body.mime_type === 'string' ? { mimeType: body.mime_type } : {}) };
      artifacts.push(artifact);
      return { ok: true, signed_upload_url: sasUrl(artifact.blobName) };
    }
    const artifact = artifacts.find((a) => a.name === body.name && !a.finalized);
    if (!artifact) {
      violations.push(`FinalizeArtifact: no artifact ${JSON.stringify(body.name)} was created`);
      return { ok: false, artifact_id: '0' };
    }
    const bytes = await container.getBlobClient(artifact.blobName).downloadToBuffer().catch(() => undefined);
    if (!bytes) return { ok: false, artifact_id: '0' };
    if (typeof body.size !== 'string' || Number(body.size) !== bytes.length) violations.push(`FinalizeArtifact: size ${JSON.stringify(body.size)} but the blob has ${bytes.length} bytes`);
    const sha = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
    if (body.hash !== undefined && body.hash !== sha) violations.push(`FinalizeArtifact: hash ${JSON.stringify(body.hash)} but the blob is ${sha}`);
    artifact.size = bytes.length;
    artifact.finalized = true;
    return { ok: true, artifact_id: String(artifact.id) };
  }

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const method = new RegExp(`^/twirp/${ARTIFACT_SERVICE.replace(/\./g, '\\.')}/(\\w+)$`).exec(req.url ?? '')?.[1] ?? '(unrouted)';
      let body: Record<string, unknown> = {};
      const answer = (status: number, payload: unknown) => {
        requests.push({ method, status, body });
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(payload));
      };
      if (refusal) return answer(refusal.status, { code: refusal.code, msg: `refused by the stand-in (${refusal.code})` });
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        violations.push(`${method}: body is not JSON`);
        return answer(400, { code: 'malformed', msg: 'not JSON' });
      }
      if (req.method !== 'POST' || !FIELDS[method]) {
        violations.push(`no such method ${req.method} ${req.url}`);
        return answer(404, { code: 'bad_route', msg: 'no such method' });
      }
      let token: [string, string];
      try {
        token = ids(req.headers.authorization);
      } catch (err) {
        violations.push(`${method}: ${(err as Error).message}`);
        return answer(401, { code: 'unauthenticated', msg: (err as Error).message });
      }
      handle(method, body, token).then(
        (payload) => answer(200, payload),
        (err: Error) => answer(500, { code: 'internal', msg: `stand-in bug: ${err.stack}` }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    artifacts,
    requests,
    violations,
    refuseWith(status, code) {
      refusal = { status, code };
    },
    download: (artifact) => container.getBlobClient(artifact.blobName).downloadToBuffer(),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

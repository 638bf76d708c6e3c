/**
 * The bundled action attaches report.html and the CSVs to the run: uploaded to the artifact
 * service stand-in (Twirp over Azurite, every request checked) and linked from the job summary;
 * a refused upload (403) and a run with no artifact service are warnings that link nothing and
 * leave the gate alone; upload-report: false uploads nothing and says nothing.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { makeWorkspace, runAction, repoRoot } from '../support/action-runner.js';
import { startAzurite, type Azurite } from '../support/azurite.js';
import { makeArtifactToken, startArtifactService, type ArtifactServiceStandin } from '../support/artifact-service.js';
import { startHelloTarget, type HelloTarget } from '../../fixtures/targets/hello.mjs';

const pushEvent = JSON.parse(await readFile(join(repoRoot, 'fixtures/events/push-main.json'), 'utf8'));
const PROFILE = 'name: tiny\nload: { connections: 2, warmup: 200ms, duration: 1s, trials: 4 }\nendpoints:\n  - { name: home, path: / }\n';

describe('report artifact (bundled action)', () => {
  let azurite: Azurite;
  let service: ArtifactServiceStandin;
  let hello: HelloTarget;
  let workspace: string;

  before(async () => {
    azurite = await startAzurite();
    service = await startArtifactService(azurite);
    hello = await startHelloTarget();
    workspace = await makeWorkspace();
    await writeFile(join(workspace, 'tiny.yml'), PROFILE);
  });
  after(async () => {
    await hello?.close();
    await service?.close();
    await azurite?.stop();
  });

  const run = (inputs: Record<string, string>, env: Record<string, string>) =>
    runAction({
      workspace,
      eventName: 'push',
      event: pushEvent,
      ref: 'refs/heads/main',
      inputs: { profile: 'tiny.yml', target: hello.url, 'baseline-dir': 'baselines', ...inputs },
      env,
    });
  const serviceEnv = () => ({ ACTIONS_RESULTS_URL: service.url, ACTIONS_RUNTIME_TOKEN: makeArtifactToken('run-1', 'job-1') });

  it('gate mode uploads report.html and the CSVs and links the artifact from the summary', async () => {
    const result = await run({}, serviceEnv());
    assert.equal(result.code, 0, result.stdout + result.stderr);
    assert.deepEqual(service.violations, []);
    const stored = service.artifacts.find((a) => a.finalized && a.name === 'loadgate-report-tiny');
    assert.ok(stored, JSON.stringify(service.requests));
    const url = `https://github.com/octo-org/shop/actions/runs/1001/artifacts/${stored.id}`;
    assert.equal(result.outputs['report-artifact-url'], url);
    assert.ok(result.summary.includes(`[report.html (artifact loadgate-report-tiny)](${url})`));
    const zip = await service.download(stored);
    for (const name of ['report.html', 'stats.csv', 'timeline.csv', 'comparisons.csv']) assert.ok(zip.includes(Buffer.from(name)), name);
    const html = await readFile(result.outputs.html, 'utf8');
    assert.match(html, /<h1>loadgate — tiny<\/h1>/);
  });

  it('a 403 from the artifact service is a warning, the summary links nothing, the step passes', async () => {
    service.refuseWith(403, 'permission_denied');
    const result = await run({}, serviceEnv());
    assert.equal(result.code, 0, result.stdout + result.stderr);
    assert.match(result.stdout, /::warning::loadgate: report\.html not attached to the run: could not upload/);
    assert.doesNotMatch(result.summary, /Charts and CSVs/);
    assert.equal(result.outputs['report-artifact-url'], undefined);
  });

  it('no artifact service: a warning and no link; upload-report false: neither', async () => {
    const missing = await run({}, {});
    assert.equal(missing.code, 0);
    assert.match(missing.stdout, /::warning::loadgate: report\.html not attached to the run: no artifact service here/);
    assert.doesNotMatch(missing.summary, /Charts and CSVs/);
    const off = await run({ 'upload-report': 'false' }, {});
    assert.equal(off.code, 0);
    assert.doesNotMatch(off.stdout, /not attached/);
    const bad = await run({ 'upload-report': 'sometimes' }, {});
    assert.equal(bad.code, 1);
    assert.match(bad.stdout, /upload-report'?: "sometimes" is not valid \(use one of: true, false\)/);
  });
});

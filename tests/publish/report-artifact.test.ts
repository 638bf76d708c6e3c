import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { artifactUrl, reportArtifactName, uploadReportArtifact } from '../../src/publish/report-artifact.js';
import { reportLinkLine } from '../../src/report/report-link.js';
import { startAzurite, type Azurite } from '../support/azurite.js';
import { makeArtifactToken, startArtifactService, type ArtifactServiceStandin } from '../support/artifact-service.js';

describe('uploadReportArtifact against the artifact service stand-in', () => {
  let azurite: Azurite;
  let service: ArtifactServiceStandin;
  let dir: string;
  let files: string[];
  const saved = { ...process.env };

  before(async () => {
    azurite = await startAzurite();
    service = await startArtifactService(azurite);
    dir = await mkdtemp(join(tmpdir(), 'loadgate-artifact-'));
    files = [join(dir, 'report.html'), join(dir, 'stats.csv')];
    await writeFile(files[0], '<!DOCTYPE html><title>report</title>');
    await writeFile(files[1], 'Type,Name\nGET,home\n');
  });
  after(async () => {
    process.env = saved;
    await service.close();
    await azurite.stop();
  });

  function environment() {
    const env = {
      ACTIONS_RESULTS_URL: service.url,
      ACTIONS_RUNTIME_TOKEN: makeArtifactToken('run-backend-1', 'job-backend-1'),
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: 'octo/shop',
      GITHUB_RUN_ID: '4242',
    };
    Object.assign(process.env, env); // @actions/artifact reads process.env itself
    return env;
  }

  it('uploads the files as one zip, finalized with the size and sha256 the service checks', async () => {
    const env = environment();
    const outcome = await uploadReportArtifact('loadgate-report-shop', files, dir, env);
    assert.equal(outcome.status, 'uploaded', JSON.stringify(outcome));
    assert.deepEqual(service.violations, []);
    assert.deepEqual(service.requests.map((r) => r.method), ['CreateArtifact', 'FinalizeArtifact']);
    const stored = service.artifacts.find((a) => a.finalized && a.name === 'loadgate-report-shop');
    assert.ok(stored);
    if (outcome.status === 'uploaded') {
      assert.equal(outcome.id, stored.id);
      assert.equal(outcome.url, `https://github.com/octo/shop/actions/runs/4242/artifacts/${stored.id}`);
    }
    const zip = await service.download(stored);
    assert.equal(zip.readUInt32LE(0), 0x04034b50, 'a zip archive');
    assert.ok(zip.includes(Buffer.from('report.html')) && zip.includes(Buffer.from('stats.csv')));
  });

  it('a refused token (403) is a failure with the reason, not an exception', async () => {
    const env = environment();
    service.refuseWith(403, 'permission_denied');
    const outcome = await uploadReportArtifact('loadgate-report-other', files, dir, env);
    assert.equal(outcome.status, 'failed');
    if (outcome.status === 'failed') assert.match(outcome.reason, /loadgate-report-other: .*(403|Forbidden|permission)/i);
  });

  it('no artifact service: skipped with the reason', async () => {
    const outcome = await uploadReportArtifact('x', files, dir, {});
    assert.equal(outcome.status, 'skipped');
  });
});

describe('artifact names and links', () => {
  const cases: [string, string | undefined, string][] = [
    ['shop', undefined, 'loadgate-report-shop'],
    ['shop', 'nightly', 'loadgate-report-shop-nightly'],
    ['a/b c', undefined, 'loadgate-report-a_b_c'],
  ];
  for (const [profile, level, name] of cases) it(`${profile} ${level ?? ''} → ${name}`, () => assert.equal(reportArtifactName(profile, level), name));

  it('links only an https artifact page', () => {
    assert.equal(artifactUrl({ GITHUB_REPOSITORY: 'o/r', GITHUB_RUN_ID: '1' }, 7), 'https://github.com/o/r/actions/runs/1/artifacts/7');
    assert.equal(artifactUrl({ GITHUB_REPOSITORY: 'o/r' }, 7), undefined);
    assert.equal(reportLinkLine({ url: 'https://github.com/o/r/actions/runs/1/artifacts/7', name: 'loadgate-report-shop' }), '📊 Charts and CSVs: [report.html (artifact loadgate-report-shop)](https://github.com/o/r/actions/runs/1/artifacts/7)');
    assert.equal(reportLinkLine({ url: 'javascript:alert(1)', name: 'x' }), undefined);
    assert.equal(reportLinkLine({ url: 'https://x/a)[b](https://evil', name: 'x' }), undefined);
    assert.equal(reportLinkLine(undefined), undefined);
  });
});

/**
 * Hostile reports through the publish mode, end to end: the action run as the runner runs it on a
 * `workflow_run`, against the GitHub API stand-in (every request validated against GitHub's OpenAPI
 * description). The rows marked `bundle` run the bundled action (dist/index.js) in a child process;
 * the others run its sources' `run()` in worker threads (tests/support/action-thread.ts) with the
 * same environment. Rows run side by side (each on its own pull request, its check run told apart
 * by its workflow run's id), since a publishing run mostly waits on the client's one-second spacing
 * of GitHub writes. Each row tampers with a report that loadgate could have
 * written — markdown, HTML, Mermaid, mentions, references, bare links, bidi characters, spoofed
 * markers, lying verdicts, mismatched pull request notes, huge numbers — and states what must reach
 * the PR comment, the check run and the job summary, and what must not.
 *
 * Besides each row's own expectations, every published text is held to the same invariants: no
 * HTML but the renderer's own few tags, balanced <details>, one marker at the start of the comment,
 * at most our one Mermaid block, no live mention, #reference, bare URL or www. name, no bidi or
 * zero-width character, and the "Measured elsewhere" mark.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot, runAction, type ActionRun } from '../support/action-runner.js';
import { ActionThreads } from '../support/action-thread.js';
import { workspaceWithProfile } from '../support/demo-action.js';
import { startGitHubApi, type CheckRun, type GitHubApiStandin } from '../support/github-api.js';
import { endpointResult, profileWith, trial } from '../support/builders.js';
import { buildRunResult } from '../../src/metrics/result.js';
import { reportProblems } from '../../src/publish/report-input.js';
import type { ReportDocument } from '../../src/report/document.js';
import type { MetricComparison } from '../../src/verdict/types.js';

const TOKEN = 'ghs_publish_token';
const MEASURED = 'feedfacefeedfacefeedfacefeedfacefeedface';
const NEWER = 'c0ffeec0ffeec0ffeec0ffeec0ffeec0ffeec0ff';
const RUN_ID = 2002;
/** Rows at once, and threads for them: a row is mostly idle, waiting between its GitHub writes. */
const CONCURRENCY = 6;
const OUR_RUN_LINK = 'https://github.com/octo-org/shop/actions/runs/';
const MARKER = '<!-- loadgate:comment profile=shop -->';
/** The headings the renderers write; untrusted text cannot start a line, so it cannot add one. */
const OUR_HEADINGS = /^#{2,3} (loadgate: shop — .*|Regressions|Advisory \(does not fail the step\)|Thresholds crossed|Endpoints|Load)$/;
const workflowRunEvent = JSON.parse(await readFile(join(repoRoot, 'fixtures/events/workflow-run-fork.json'), 'utf8'));
const profileText = await readFile(join(repoRoot, 'fixtures/demo/github.yml'), 'utf8');

type Report = ReportDocument & Record<string, unknown>;

/** A report as loadgate writes it for the demo profile: search's p95 regressed (major), below fail-on. */
function baseReport(): Report {
  const profile = profileWith(['products', 'search'], { name: 'shop' });
  const result = buildRunResult(profile, 'fp', 'http://127.0.0.1:8080', {
    startedAt: new Date('2026-11-20T10:00:00Z'),
    finishedAt: new Date('2026-11-20T10:00:10Z'),
    trialDurationMs: 250,
    endpoints: ['products', 'search'].map((n) => endpointResult(n, [4, 4.2, 4.1, 4.3, 4.2, 4.1].map((v) => trial(n === 'search' ? v * 1.3 : v)))),
    warnings: [],
  }, { cpuModel: 'cpu', cores: 2, os: 'linux', node: 'v24' });
  const comparison = (endpoint: string, metric: 'p50' | 'p95', change: number, severity: MetricComparison['severity']): MetricComparison => ({
    endpoint, metric, baseline: 4.2, current: Number((4.2 * (1 + change)).toFixed(3)), change, changeKind: 'relative',
    interval: { lower: change - 0.05, upper: change + 0.05, confidence: 0.95 }, p: 0.001, pAdjusted: 0.004, n1: 6, n2: 6,
    significant: severity !== 'none', direction: change > 0.005 ? 'worse' : 'same', severity, method: 'trials',
  });
  return {
    ...result,
    verdict: { status: 'regressed', maxSeverity: 'major', failOn: 'critical', failed: false },
    comparisons: [comparison('products', 'p50', 0, 'none'), comparison('products', 'p95', 0, 'none'), comparison('search', 'p50', 0.3, 'major'), comparison('search', 'p95', 0.3, 'major')],
    breaches: [],
    baseline: { status: 'found', mode: 'cache', source: 'the actions cache entry loadgate-baseline/v1/shop/main/41-1', runs: 3, savedAt: '2026-11-19T10:00:00.000Z', commit: '0123456789abcdef0123456789abcdef01234567', ref: 'refs/heads/main' },
    notes: [],
  } as Report;
}

interface Published {
  run: ActionRun;
  /** The comment on the case's pull request after the run, if any (ours, by the bot). */
  comment?: string;
  check?: CheckRun;
  /** Every text published: the comment, the check run's title and summary, the job summary. */
  texts: [string, string][];
}

interface HostileCase {
  name: string;
  /** Run the bundled action for this row (a few rows: what only the bundle can show); else the sources in a thread. */
  bundle?: true;
  tamper?: (r: Report) => void;
  /** The workflow_run event's `pull_requests` (default: the case's pull request). */
  eventPullRequests?: (pr: number) => { number: number }[];
  /** pull-request.json beside the report. */
  note?: (pr: number) => string;
  /** The pull request's head (default: the measured commit). */
  head?: string;
  /** Comments already on the pull request. */
  existing?: { body: string; login: string; type: 'Bot' | 'User' }[];
  /** Strings that must not appear in any published text. */
  absent?: string[];
  /** Patterns every published text must match. */
  present?: RegExp[];
  conclusion?: 'success' | 'failure' | 'neutral';
  verdict?: string;
  maxSeverity?: string;
  /** Whether a comment is posted or updated on the pull request (default true). */
  commented?: boolean;
  /** A report refused as invalid: exit 1, nothing published, this message. */
  refused?: RegExp;
  /** Further checks on what was published. */
  check?: (p: Published, pr: number) => void;
}

const note = (number: number, headSha = MEASURED) => JSON.stringify({ number, headSha });
const withNote = (message: string) => (r: Report) => void (r.notes = [{ code: 'x', message }]);

const cases: HostileCase[] = [
  // Markup and HTML
  { name: 'an <img> with an onerror handler in a note', tamper: withNote('slow <img src=x onerror=alert(1)> here'), absent: ['<img'], present: [/&lt;img src=x onerror=alert\\\(1\\\)&gt;/] },
  { name: 'closing and reopening <details> in a note', tamper: withNote('</details></details><details open><summary>pwned</summary>'), absent: ['<summary>pwned'] },
  { name: 'a <script> in a warning', tamper: (r) => void (r.warnings = [{ code: 'w', message: '<script>alert(document.cookie)</script>' }]), absent: ['<script'] },
  { name: 'a fake comment marker in a note', tamper: withNote(`${MARKER} take over`), check: (p) => assert.equal(p.comment!.split('<!--').length, 2, 'one HTML comment: the marker') },
  { name: 'a markdown link and image in a note', tamper: withNote('[click here](https://evil.example/login) ![x](https://evil.example/t.png)'), absent: ['](https://evil', '![x]'] },
  { name: 'a heading and a rule on new lines in a note', tamper: withNote('ok\n# Approved by security\n---\n'), absent: ['\n# Approved', '\n---\n'], present: [/ok \\#\u2060 Approved by security --- /] },
  { name: 'a table break in a note', tamper: withNote('| a | b |\n|---|---|\n| x | y |'), absent: ['| a | b |'] },
  { name: 'HTML in the unusable baseline’s reason', tamper: (r) => void (r.baseline = { status: 'unusable', source: 'the actions cache', reason: '<b>bold</b> <a href="https://evil.example">x</a>' }), absent: ['<b>', '<a href'] },
  { name: 'an HTML link as the baseline source', tamper: (r) => void (r.baseline.source = '<a href="https://evil.example">the cache</a>'), absent: ['<a href'] },
  { name: 'a code span escape and a mention in the baseline ref', tamper: (r) => void (r.baseline.ref = 'main` @octo-org/admins `x'), absent: ['@octo-org/admins'] },
  { name: 'markup in the baseline’s saved-at', tamper: (r) => void (r.baseline.savedAt = '<img src=x>'), absent: ['<img'] },
  { name: 'markup in the target URL', tamper: (r) => void (r.target = 'http://evil.example/<b>x</b>'), absent: ['<b>', 'http://evil'] },
  { name: 'markup in the tool version', tamper: (r) => void ((r.tool as { version: string }).version = '1.0 <img src=x> [x](https://e.example)'), absent: ['<img', '](https://e.example'] },
  { name: 'a live Mermaid block in a note', tamper: withNote('```mermaid\ngraph TD; A[click]-->B\nclick A "https://evil.example"\n```'), absent: ['```mermaid\ngraph'] },
  { name: 'math in a note', tamper: withNote('$$\\color{red}{\\text{APPROVED}}$$'), absent: ['$$\\color'] },
  // Mentions
  { name: 'a user mention in a note', tamper: withNote('@octocat please merge'), absent: ['@octocat'], present: [/@\u2060octocat please merge/] },
  { name: 'a team mention in a warning', tamper: (r) => void (r.warnings = [{ code: 'w', message: 'cc @octo-org/admins' }]), absent: ['@octo-org/admins'] },
  { name: 'an e-mail address as the baseline source', tamper: (r) => void (r.baseline.source = 'security@evil.example'), absent: ['security@evil.example'] },
  // References and links
  { name: 'issue and cross-repository references in a note', tamper: withNote('closes #1, see octo-org/shop#5 and GH-26'), absent: ['#1', 'shop#5', 'GH-26'] },
  { name: 'www. as an endpoint name (valid in a profile)', tamper: (r) => {
    for (const e of r.endpoints) if (e.name === 'search') e.name = 'www.evil.example';
    for (const c of r.comparisons) if (c.endpoint === 'search') c.endpoint = 'www.evil.example';
  }, absent: ['www.evil.example'], present: [/www\u2060\.evil\.example/] },
  { name: 'a bare https URL in a note', tamper: withNote('log in at https://evil.example/login'), absent: ['https://evil.example'] },
  { name: 'an upper-case HTTP URL, ftp and mailto in a warning', tamper: (r) => void (r.warnings = [{ code: 'w', message: 'HTTP://EVIL.EXAMPLE ftp://evil.example mailto:a@evil.example' }]), absent: ['HTTP://EVIL', 'ftp://evil', 'a@evil'] },
  // Invisible and bidi characters
  { name: 'a right-to-left override in a note', tamper: withNote('pass \u202Elive\u202C ok'), present: [/pass live ok/] },
  { name: 'bidi isolates and zero-width characters in the baseline ref', tamper: (r) => void (r.baseline.ref = 'ma\u2066in\u2069\u200B\u200D\uFEFF'), present: [/Compared with the baseline \(main, commit/] },
  { name: 'Unicode tag characters in a note', tamper: withNote('hidden\u{E0041}\u{E0042}text'), present: [/hiddentext/] },
  // Marker spoofing on the pull request
  { name: "another bot's comment with our marker is not edited", existing: [{ body: `${MARKER}\nanother bot`, login: 'renovate[bot]', type: 'Bot' }], check: (p, pr) => {
    const all = github.comments.get(pr)!;
    assert.equal(all[0]!.body, `${MARKER}\nanother bot`);
    assert.equal(all.length, 2, 'ours was added beside it');
  } },
  { name: "a person's comment quoting our marker is not edited", existing: [{ body: `${MARKER}\nquoted`, login: 'octocat', type: 'User' }], check: (p, pr) => {
    assert.equal(github.comments.get(pr)![0]!.body, `${MARKER}\nquoted`);
    assert.equal(github.comments.get(pr)!.length, 2);
  } },
  { name: 'our own earlier comment is updated in place', existing: [{ body: `${MARKER}\nstale`, login: 'github-actions[bot]', type: 'Bot' }], check: (p, pr) => {
    assert.equal(github.comments.get(pr)!.length, 1);
    assert.notEqual(github.comments.get(pr)![0]!.body, `${MARKER}\nstale`);
  } },
  // Lying verdicts
  { name: 'every comparison critical, verdict pass', tamper: (r) => {
    for (const c of r.comparisons) Object.assign(c, { severity: 'critical', significant: true, direction: 'worse', change: 1.5 });
    r.verdict = { status: 'pass', maxSeverity: 'none', failOn: 'critical', failed: false };
  }, conclusion: 'failure', verdict: 'regressed', maxSeverity: 'critical', present: [/does not match its comparisons and thresholds/, /pass, worst none, the gate passes/] },
  { name: 'a critical regression with fail-on never', tamper: (r) => {
    r.comparisons[3]!.severity = 'critical';
    r.verdict = { status: 'regressed', maxSeverity: 'critical', failOn: 'never', failed: false };
  }, conclusion: 'failure', verdict: 'regressed', maxSeverity: 'critical' },
  { name: 'a critical threshold breach behind a pass with nothing compared', tamper: (r) => {
    r.comparisons = [];
    r.breaches = [{ endpoint: 'search', metric: 'p95', severity: 'critical', limit: 5, actual: 50 }];
    r.verdict = { status: 'no-baseline', maxSeverity: 'none', failOn: 'critical', failed: false };
  }, conclusion: 'failure', verdict: 'regressed', maxSeverity: 'critical' },
  { name: 'major findings claimed as none', tamper: (r) => void (r.verdict = { status: 'pass', maxSeverity: 'none', failOn: 'critical', failed: false }), conclusion: 'neutral', verdict: 'regressed', maxSeverity: 'major' },
  { name: 'an honest report is not overruled', bundle: true, conclusion: 'neutral', verdict: 'regressed', maxSeverity: 'major', absent: ['does not match'] },
  // Mismatched pull requests
  { name: 'the event lists a pull request whose head moved on (stale report)', bundle: true, head: NEWER, commented: false, conclusion: 'neutral', check: (p) => {
    assert.match(p.run.stdout, /::warning::loadgate: not commenting on pull request #\d+ \(named by the workflow_run event\): its head is now c0ffee/);
    assert.equal(p.check!.headSha, MEASURED, 'the check run still goes on the measured commit');
  } },
  { name: 'a note naming another commit', eventPullRequests: () => [], note: (pr) => note(pr, NEWER), commented: false, check: (p) => assert.match(p.run.stdout, /ignoring .*pull-request\.json: it names commit c0ffee/) },
  { name: 'a note naming a pull request whose head is another commit', eventPullRequests: () => [], note: (pr) => note(pr), head: NEWER, commented: false },
  { name: 'a note that is not JSON', eventPullRequests: () => [], note: () => '{"number": 1', commented: false, check: (p) => assert.match(p.run.stdout, /ignoring .*: not a JSON object/) },
  { name: 'a note with the measured commit and the right pull request', eventPullRequests: () => [], note: (pr) => note(pr), commented: true },
  // Huge numbers
  { name: 'huge latencies and changes', tamper: (r) => {
    for (const c of r.comparisons) Object.assign(c, { baseline: 1e300, current: 1.7e308, change: 1e300, interval: { lower: -1e300, upper: 1e300, confidence: 0.95 } });
  }, absent: ['Infinity', 'NaN'], check: (p) => assert.ok([...p.comment!].length <= 65_536) },
  { name: 'request counts beyond the safe integers', tamper: (r) => {
    r.totals.requests = 1e21;
    for (const e of r.endpoints) e.requests = 1e21;
  }, absent: ['NaN'] },
  { name: '20,000 notes', tamper: (r) => void (r.notes = Array.from({ length: 20_000 }, (_, i) => ({ code: 'n', message: `note ${i} @x #${i} <i>` }))), check: (p) => {
    assert.match(p.comment!, /…and 19992 more notes in the job summary/);
    assert.ok(Buffer.byteLength(p.run.summary) <= 1024 * 1024, 'the summary fits GitHub’s 1 MiB');
  } },
  // Refused outright
  { name: 'markup in an endpoint name is refused', tamper: (r) => {
    r.endpoints[0]!.name = 'home<script>';
    for (const c of r.comparisons) if (c.endpoint === 'products') c.endpoint = 'home<script>';
  }, refused: /endpoints\/0\/name: must be 1–64 of A-Z/ },
  { name: 'an unknown verdict status is refused', tamper: (r) => void ((r.verdict as { status: string }).status = 'approved'), refused: /\/verdict\/status: must be equal to one of the allowed values/ },
  { name: 'a code fence and HTML in a refused report stay inside the error summary’s code block', bundle: true, tamper: (r) => {
    r.comparisons[0]!.endpoint = 'x\n```\n</details><img src=x onerror=alert(1)> @octocat';
  }, refused: /is not among \/endpoints/ },
];

let github: GitHubApiStandin;

describe('hostile reports in publish mode (the action, API stand-in)', { concurrency: CONCURRENCY }, () => {
  let workspace: string;
  let threads: ActionThreads;
  const firstPr = 100;

  before(async () => {
    github = await startGitHubApi({
      tokens: { [TOKEN]: 'write' },
      repos: [{ owner: 'octo-org', repo: 'shop', defaultBranch: 'main' }],
      pulls: cases.map((c, i) => ({ owner: 'octo-org', repo: 'shop', number: firstPr + i, headRef: `patch-${i}`, headSha: c.head ?? MEASURED, headRepoFullName: 'stranger/shop' })),
    });
    workspace = await workspaceWithProfile({ yaml: profileText });
    threads = new ActionThreads(CONCURRENCY);
  });
  after(async () => {
    await threads?.close();
    await github?.close();
  });

  it('the untampered report is one loadgate could have written', () => {
    assert.deepEqual(reportProblems(JSON.parse(JSON.stringify(baseReport()))), []);
  });

  cases.forEach((c, i) => {
    const pr = firstPr + i;
    it(c.name, async () => {
      const report = baseReport();
      c.tamper?.(report);
      for (const e of c.existing ?? []) github.addComment(pr, e.body, { login: e.login, type: e.type, id: e.type === 'Bot' ? 41898282 + i : 1000 + i }, 'octo-org/shop');
      const artifact = await mkdtemp(join(tmpdir(), 'loadgate-hostile-'));
      const file = join(artifact, 'shop.report.json');
      await writeFile(file, JSON.stringify(report));
      if (c.note) await writeFile(join(artifact, 'pull-request.json'), c.note(pr));
      const event = { ...workflowRunEvent, workflow_run: { ...workflowRunEvent.workflow_run, id: RUN_ID, head_sha: MEASURED, pull_requests: c.eventPullRequests?.(pr) ?? [{ number: pr }] } };
      // The step's own workflow run: its check run links to it, which tells this row's check run from the others'.
      const runId = String(3000 + i);
      const run = await (c.bundle ? runAction : (o: Parameters<typeof runAction>[0]) => threads.run(o))({
        workspace,
        eventName: 'workflow_run',
        event,
        ref: 'refs/heads/main',
        // The profile's full path: a thread cannot change into the workspace (annotations still name .github/loadgate.yml).
        inputs: { mode: 'publish', report: file, profile: join(workspace, '.github/loadgate.yml'), 'github-token': TOKEN, comment: 'always', 'fail-on': 'critical' },
        env: { GITHUB_API_URL: github.url, GITHUB_RUN_ID: runId },
      });
      assert.deepEqual(github.violations, [], 'every GitHub API request must match the OpenAPI description');
      const newChecks = github.checkRuns.filter((check) => check.detailsUrl === `https://github.com/octo-org/shop/actions/runs/${runId}`);

      if (c.refused) {
        assert.equal(run.code, 1, run.stdout + run.stderr);
        assert.match(run.stdout, c.refused);
        assert.equal(newChecks.length, 0, 'no check run');
        assert.equal((github.comments.get(pr) ?? []).length, (c.existing ?? []).length, 'no comment');
        // The job summary quotes the problems in one code block that nothing inside can close.
        const block = /^## loadgate — ⚠️ error\n\n(`{3,})\n([\s\S]*)\n\1\n$/.exec(run.summary);
        assert.ok(block, `the error summary is a heading and one code block: ${run.summary}`);
        assert.ok(!block[2]!.split('\n').some((line) => line.startsWith(block[1]!)), 'no line inside closes the fence');
        return;
      }
      assert.equal(run.code, 0, run.stdout + run.stderr);
      assert.equal(newChecks.length, 1, 'one check run');
      const check = newChecks[0]!;
      const ours = (github.comments.get(pr) ?? []).filter((x) => x.user.login === 'github-actions[bot]');
      const comment = ours.at(-1)?.body;
      if (c.commented === false) assert.equal(comment ?? (c.existing?.find((e) => e.login === 'github-actions[bot]')?.body), c.existing?.find((e) => e.login === 'github-actions[bot]')?.body, 'no comment posted');
      else assert.ok(comment?.startsWith(`${MARKER}\n`), `a comment was posted: ${run.stdout}`);

      const texts: [string, string][] = [
        ['check run title', check.output.title ?? ''],
        ['check run summary', check.output.summary ?? ''],
        ['job summary', run.summary],
        ...(comment && c.commented !== false ? [['comment', comment] as [string, string]] : []),
      ];
      for (const [where, text] of texts) {
        const outsideChart = text.replace(/```mermaid\n[\s\S]*?\n```/, '');
        for (const bad of c.absent ?? []) assert.ok(!outsideChart.includes(bad), `${where} must not contain ${JSON.stringify(bad)}`);
        if (where !== 'check run title') {
          for (const good of c.present ?? []) assert.match(text, good, where);
          assertInvariants(where, text, where === 'comment');
        }
      }
      assert.match(check.output.title ?? '', / · measured elsewhere$/);
      assert.equal(check.headSha, MEASURED);
      if (c.conclusion) assert.equal(check.conclusion, c.conclusion);
      if (c.verdict) assert.equal(run.outputs.verdict, c.verdict);
      if (c.maxSeverity) assert.equal(run.outputs['max-severity'], c.maxSeverity);
      c.check?.({ run, comment, check, texts }, pr);
    });
  });

  it(`covers at least 30 hostile reports (${cases.length}), a few of them through the bundle`, () => {
    assert.ok(cases.length >= 30);
    assert.deepEqual(['refused', 'warned', 'published'].map((k) => cases.some((c) => c.bundle && (k === 'refused' ? c.refused : k === 'warned' ? c.head : !c.refused && !c.head))), [true, true, true]);
  });
});

/** The invariants every published text keeps, whatever the report held. */
function assertInvariants(where: string, text: string, isComment: boolean): void {
  // The chart is ours: names reduced to plain characters inside a Mermaid string; checked apart.
  const chart = /```mermaid\n[\s\S]*?\n```/.exec(text)?.[0] ?? '';
  assert.match(chart, /^(|```mermaid\nxychart-beta\n  title "[^"\n]*"\n  x-axis \[("[A-Za-z0-9._…-]+"(, )?)+\]\n  y-axis "ms" 0 --> \d+\n  bar \[[\d., e+]*\]\n  line \[[\d., e+]*\]\n```)$/, `${where}: the chart is ours`);
  const body = (isComment ? text.slice(MARKER.length) : text).replace(chart, '');
  if (isComment) assert.ok(text.startsWith(MARKER), `${where}: the marker first`);
  const ownTags = /<\/?(details|summary|sub)\b[^>]*>/g;
  assert.doesNotMatch(body.replace(ownTags, ''), /<[A-Za-z!/?]/, `${where}: no HTML but the renderer's own tags`);
  assert.equal((body.match(/<details\b/g) ?? []).length, (body.match(/<\/details>/g) ?? []).length, `${where}: <details> balanced`);
  assert.ok((body.match(/```mermaid/g) ?? []).length <= 1, `${where}: at most our one Mermaid block`);
  assert.equal((body.match(/^```/gm) ?? []).length % 2, 0, `${where}: code fences paired`);
  for (const heading of body.match(/^#{1,6} .*$/gm) ?? []) assert.match(heading, OUR_HEADINGS, `${where}: no heading but ours`);
  assert.doesNotMatch(body, /@[A-Za-z0-9]/, `${where}: no mention`);
  assert.doesNotMatch(body, /#\d/, `${where}: no #reference`);
  assert.doesNotMatch(body, /\bgh-\d/i, `${where}: no GH- reference`);
  assert.doesNotMatch(body, /www\./i, `${where}: no www. link`);
  for (const url of body.match(/[a-z][a-z0-9+.-]*:\/\/[^\s)>\]]*/gi) ?? []) {
    assert.ok(url.startsWith(OUR_RUN_LINK), `${where}: no link but the runs' own pages (${url})`);
  }
  assert.doesNotMatch(body, /[\u202A-\u202E\u2066-\u2069\u200B-\u200F\u061C\uFEFF\u{E0000}-\u{E007F}]/u, `${where}: no bidi or zero-width character`);
  assert.match(body, /Measured elsewhere:\*\* \[another workflow run\]\(https:\/\/github\.com\/octo-org\/shop\/actions\/runs\/2002\) of commit `feedfac`/, `${where}: marked as measured elsewhere`);
}

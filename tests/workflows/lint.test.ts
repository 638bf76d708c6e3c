/** lint.ts on deliberately broken workflows: each problem is reported with its file, line and key. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatFinding, isLoadgateStep, lintAction, lintWorkflow, readActionSpec } from './lint.js';

const action = readActionSpec(`
name: loadgate
description: d
inputs:
  profile: { description: p }
  comment: { description: c }
  mode: { description: m }
  github-token: { description: t }
outputs:
  verdict: { description: v }
  report: { description: r }
runs: { using: node24, main: dist/index.js }
`);

/** A pull-request gate that is right; each case below breaks one line of it. */
const GOOD = `name: load
on:
  pull_request:
permissions:
  contents: read
  pull-requests: write
  checks: write
jobs:
  load:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - id: gate
        uses: octo-org/loadgate@v1
        with:
          profile: .github/loadgate.yml
          comment: auto
      - if: always()
        run: echo "\${{ steps.gate.outputs.verdict }}"
`;

function lint(text: string): string[] {
  return lintWorkflow('broken.yml', text, action).map(formatFinding);
}

test('the unbroken workflow has no findings', () => {
  assert.deepEqual(lint(GOOD), []);
});

const cases: { name: string; from: string; to: string; expected: string[] }[] = [
  {
    name: 'an unknown input is named with its line',
    from: '          comment: auto',
    to: '          commnet: auto',
    expected: ['broken.yml:17: jobs.load.steps[1].with.commnet: "commnet" is not an input of action.yml (inputs: profile, comment, mode, github-token)'],
  },
  {
    name: 'an output that action.yml does not declare',
    from: 'steps.gate.outputs.verdict',
    to: 'steps.gate.outputs.verdcit',
    expected: ['broken.yml:19: jobs.load.steps[2].run: reads steps.gate.outputs.verdcit, but "verdcit" is not an output of action.yml (outputs: verdict, report)'],
  },
  {
    name: 'the comment without pull-requests: write',
    from: '  pull-requests: write\n',
    to: '',
    expected: ['broken.yml:4: permissions.pull-requests: missing "pull-requests: write", which the sticky pull request comment (comment: auto) needs (step at line 12); granted: none'],
  },
  {
    name: 'the check run with checks: read only',
    from: '  checks: write',
    to: '  checks: read',
    expected: ['broken.yml:7: permissions.checks: missing "checks: write", which the check run (mode gate) needs (step at line 13); granted: read'],
  },
  {
    name: 'no permissions at all',
    from: 'permissions:\n  contents: read\n  pull-requests: write\n  checks: write\n',
    to: '',
    expected: [
      'broken.yml:5: jobs.load: declares no permissions: (neither the job nor the workflow), so the token gets the repository default, which may be write-all; grant only what the job needs, e.g. contents: read',
    ],
  },
  {
    name: 'a job-level permissions block replaces the workflow one',
    from: '    runs-on: ubuntu-latest\n',
    to: '    runs-on: ubuntu-latest\n    permissions:\n      contents: read\n',
    expected: [
      'broken.yml:11: jobs.load.permissions.checks: missing "checks: write", which the check run (mode gate) needs (step at line 15); granted: none',
      'broken.yml:11: jobs.load.permissions.pull-requests: missing "pull-requests: write", which the sticky pull request comment (comment: auto) needs (step at line 15); granted: none',
    ],
  },
  {
    name: 'a misspelt job key fails the schema',
    from: '    runs-on: ubuntu-latest',
    to: '    runs-on: ubuntu-latest\n    timeout-minute: 5',
    expected: ['broken.yml:11: jobs.load.timeout-minute: "timeout-minute" is not a key the github-workflow schema allows here'],
  },
  {
    name: 'a misspelt step key fails the schema',
    from: '        with:\n          profile',
    to: '        width:\n          profile',
    expected: ['broken.yml:15: jobs.load.steps[1].width: "width" is not a key the github-workflow schema allows here'],
  },
  {
    name: 'a misspelt event fails the schema',
    from: '  pull_request:',
    to: '  pull-request:',
    expected: ['broken.yml:3: on.pull-request: "pull-request" is not a key the github-workflow schema allows here'],
  },
];

for (const c of cases) {
  test(c.name, () => {
    assert.ok(GOOD.includes(c.from), `the case's text "${c.from}" is not in the good workflow`);
    assert.deepEqual(lint(GOOD.replace(c.from, c.to)).sort(), c.expected);
  });
}

test('report-only mode and an empty github-token need no write permission', () => {
  for (const extra of ['          mode: report-only', "          github-token: ''"]) {
    const text = GOOD.replace('  pull-requests: write\n  checks: write\n', '').replace('          comment: auto', extra);
    assert.deepEqual(lint(text), []);
  }
});

test('without a pull_request event the gate needs checks: write but not pull-requests: write', () => {
  const text = GOOD.replace('  pull_request:', '  schedule:\n    - cron: "0 3 * * *"').replace('  pull-requests: write\n', '');
  assert.deepEqual(lint(text), []);
});

test('publish mode and another run’s artifact need actions: read', () => {
  const text = GOOD.replace('  pull_request:', '  workflow_run:\n    workflows: [load]\n    types: [completed]').replace(
    '      - id: gate',
    '      - uses: actions/download-artifact@v4\n        with: { name: r, run-id: "${{ github.event.workflow_run.id }}" }\n      - id: gate',
  );
  assert.deepEqual(lint(text), [
    'broken.yml:6: permissions.actions: missing "actions: read", which downloading another run\'s artifact needs (step at line 15); granted: none',
  ]);
  assert.deepEqual(lint(text.replace('  checks: write', '  checks: write\n  actions: read')), []);
});

test('write-all grants everything; read-all lacks the writes', () => {
  const base = GOOD.replace('permissions:\n  contents: read\n  pull-requests: write\n  checks: write\n', 'permissions: PERMS\n');
  assert.deepEqual(lint(base.replace('PERMS', 'write-all')), []);
  assert.equal(lint(base.replace('PERMS', 'read-all')).length, 2);
});

test('a local action path and owner/loadgate@ref are loadgate steps; other actions are not', () => {
  assert.deepEqual(
    ['./', './pr', 'octo-org/loadgate@v1', 'octo-org/loadgate@0123abc', 'actions/checkout@v4', 'octo-org/loadgate-extras@v1', undefined].map(isLoadgateStep),
    [true, true, true, true, false, false, false],
  );
});

test('YAML that does not parse is reported with its line', () => {
  const findings = lint(GOOD.replace('    runs-on: ubuntu-latest', '    runs-on: [ubuntu-latest'));
  assert.equal(findings.length > 0, true);
  assert.match(findings[0], /^broken\.yml:\d+: \(file\): not valid YAML: /);
});

test('an action.yml with an unknown runtime names the key and the valid values', () => {
  const text = 'name: x\ndescription: y\nruns:\n  using: node99\n  main: dist/index.js\n';
  const findings = lintAction('action.yml', text).map(formatFinding);
  assert.ok(
    findings.some((f) => f.startsWith('action.yml:4: runs.using: "node99" is not one of') && f.includes('"node24"')),
    findings.join('\n'),
  );
});

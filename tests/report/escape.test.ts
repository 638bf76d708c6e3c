/**
 * The one escaping function every renderer uses (src/report/escape.ts). The escaping cases are written as
 * the exact text GitHub must receive: what a backslash neutralises (markup, tables, HTML) and what
 * needs a word joiner (U+2060) because GitHub links it after rendering (mentions, #references,
 * bare URLs, www. names), and the invisible characters that are removed (bidi overrides and other
 * format characters).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { codeBlock, codeSpan, escapeMarkdown, plainName, shortCommit } from '../../src/report/escape.js';

const WJ = '\u2060';

describe('escapeMarkdown', () => {
  const cases: [string, string, string][] = [
    ['a table cell break', 'a|b', 'a\\|b'],
    ['an HTML image', '<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert\\(1\\)&gt;'],
    ['closing a details block', '</details>', '&lt;/details&gt;'],
    ['an HTML comment (a fake marker)', '<!-- loadgate:comment profile=shop -->', '&lt;\\!-- loadgate:comment profile=shop --&gt;'],
    ['a mention', '@octocat', `@${WJ}octocat`],
    ['a team mention', '@octo-org/admins', `@${WJ}octo-org/admins`],
    ['an issue reference', 'see #1', `see \\#${WJ}1`],
    ['a cross-repository reference', 'owner/repo#5', `owner/repo\\#${WJ}5`],
    ['a GH- reference', 'fixes GH-26', `fixes GH${WJ}-26`],
    ['a bare https URL', 'https://evil.example/x', `https:${WJ}//evil.example/x`],
    ['a www. name (a valid endpoint name)', 'www.evil.example', `www${WJ}.evil.example`],
    ['WWW. in capitals', 'WWW.EVIL.EXAMPLE', `WWW${WJ}.EVIL.EXAMPLE`],
    ['an e-mail address', 'root@evil.example', `root@${WJ}evil.example`],
    ['a markdown link', '[click](https://evil.example)', `\\[click\\]\\(https:${WJ}//evil.example\\)`],
    ['a code fence', '```mermaid', '\\`\\`\\`mermaid'],
    ['emphasis and strike-through', '*a* _b_ ~c~', '\\*a\\* \\_b\\_ \\~c\\~'],
    ['math', '$x^2$', '\\$x\\^2\\$'],
    ['a heading at the start', '# title', `\\#${WJ} title`],
    ['a list item at the start', '- item', '\\- item'],
    ['an entity that would decode', '&#35;1 &lt;', '&amp;\\#' + WJ + '35;1 &amp;lt;'],
    ['line breaks become spaces', 'a\r\nb\u2028c\td', 'a b c d'],
    ['a right-to-left override is removed', 'abc\u202Etxt.exe', 'abctxt.exe'],
    ['bidi isolates and marks are removed', '\u2066a\u2069\u200Fb\u061Cc', 'abc'],
    ['zero-width characters are removed', 'a\u200Bb\u200Cc\u200Dd\uFEFFe', 'abcde'],
    ['controls are removed', 'a\u0000b\u0007c\u007Fd\u009Be', 'abcde'],
    ['plain text stays as it is', 'home 12.5 ms, p95', 'home 12.5 ms, p95'],
  ];
  for (const [name, input, expected] of cases) {
    it(name, () => assert.equal(escapeMarkdown(input), expected));
  }

  it('cuts long text to the limit in code points, with an ellipsis', () => {
    assert.equal(escapeMarkdown('x'.repeat(10), 5), 'xxxx…');
    assert.equal([...escapeMarkdown('😀'.repeat(10), 5)].length, 5);
  });

  it('a word joiner inserted by the escaping survives a second pass unchanged in meaning', () => {
    // An attacker cannot smuggle a word joiner in to cancel ours: format characters are removed first.
    assert.equal(escapeMarkdown(`@${WJ}x`), `@${WJ}x`);
    assert.equal(escapeMarkdown(`h${WJ}ttps://a`), `https:${WJ}//a`);
  });
});

describe('codeSpan, plainName, shortCommit', () => {
  it('keeps a code span closed and on one line', () => {
    assert.equal(codeSpan('refs/heads/main'), '`refs/heads/main`');
    assert.equal(codeSpan('a`b\nc\u202Ed'), "`a'b cd`");
    assert.equal(codeSpan(''), '` `');
  });
  it('fences a code block so that its text cannot close it', () => {
    assert.equal(codeBlock('a\nb'), '```\na\nb\n```');
    assert.equal(codeBlock('x ```\n</details>'), '````\nx ```\n</details>\n````');
    assert.equal(codeBlock('`````\u202Ey'), '``````\n`````y\n``````');
  });
  it('reduces names to plain characters and commits to hex', () => {
    assert.equal(plainName('a b"c]'), 'a_b_c_');
    assert.equal(shortCommit('0123456789abcdef'), '0123456');
    assert.equal(shortCommit('<b>x</b>'), undefined);
  });
});

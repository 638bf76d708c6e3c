/**
 * Escaping. Endpoint names, notes, refs, targets and versions can come from a report produced by a
 * pull request's code (the `publish` mode), and every renderer — job summary, markdown report, PR
 * comment, check run — goes through the functions below, so nothing a report contains can turn
 * into markup, HTML, links, mentions or references, break a table, or reorder the text around it.
 */

/** Longest piece of untrusted text shown in one place. */
export const UNTRUSTED_TEXT_MAX_CHARS = 300;

/** U+2060 WORD JOINER: invisible, not a space, and it breaks every pattern GitHub links. */
const WORD_JOINER = '\u2060';

/**
 * Characters that are not shown but change what is shown: controls, bidi overrides and isolates
 * (U+202A–U+202E, U+2066–U+2069), zero-width and other format characters (Unicode Cf), private-use,
 * unassigned and lone surrogate code points.
 */
const HIDDEN = /[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Cs}]/gu;

/** Line and paragraph breaks of every kind, and tabs, which become one space. */
const BREAKS = /[\r\n\t\v\f\u0085\u2028\u2029]+/g;

/** Removes breaks and hidden characters and cuts to `maxChars` code points (with an ellipsis). */
function visibleText(text: string, maxChars: number): string {
  const flat = [...String(text).replace(BREAKS, ' ').replace(HIDDEN, '')];
  return flat.length > maxChars ? flat.slice(0, maxChars - 1).join('') + '…' : flat.join('');
}

/**
 * Escapes text for a markdown paragraph or table cell, the one function every renderer uses:
 * - line breaks become spaces; controls, bidi and other invisible format characters are removed;
 *   the text is cut to `maxChars`;
 * - every markdown punctuation character is backslash-escaped (and a leading list or heading
 *   character), `&`, `<` and `>` become entities, so no emphasis, code, link, image, table break,
 *   math or HTML (`<img>`, `</details>`, comments) can form;
 * - what GitHub links after rendering, where a backslash does not help, is broken by a word joiner
 *   (U+2060): after `@` (mentions, e-mail), after `#` (`#1`, `owner/repo#5`), inside `GH-` before
 *   a number, between a scheme and `//` (`https://…`) and between `www` and the dot (`www.…`).
 */
export function escapeMarkdown(text: string, maxChars: number = UNTRUSTED_TEXT_MAX_CHARS): string {
  return visibleText(text, maxChars)
    .replace(/[\\`*_{}[\]()#!|~$^]/g, (c) => `\\${c}`)
    .replace(/^([-+=])/, '\\$1')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(LINKED, `$&${WORD_JOINER}`);
}

/**
 * What GitHub links in rendered text, matched up to where a word joiner breaks it: after `@`
 * (mentions, e-mail) and `#` (`#1`, `owner/repo#5`), between `GH` and `-` + digit, between a
 * scheme's `:` and `//`, between `www` and `.`.
 */
const LINKED = /[@#]|gh(?=-\d)|:(?=\/\/)|www(?=\.)/gi;

/**
 * Text for a code span: the same hidden characters and breaks removed, backticks replaced by `'`
 * (a code span cannot escape them), wrapped in backticks. GitHub links nothing in a code span; the
 * word joiners go in all the same, so the text stays inert if it is ever copied out of one.
 */
export function codeSpan(text: string, maxChars: number = UNTRUSTED_TEXT_MAX_CHARS): string {
  return `\`${visibleText(text, maxChars).replace(/`/g, "'").replace(LINKED, `$&${WORD_JOINER}`) || ' '}\``;
}

/**
 * A fenced code block that its text cannot close: the fence is one backtick longer than the longest
 * run of backticks inside (at least three), and hidden characters are removed from every line.
 * For error messages that quote untrusted input (a refused report's property names).
 */
export function codeBlock(text: string): string {
  const lines = String(text).split(/\r?\n/).map((line) => line.replace(BREAKS, ' ').replace(HIDDEN, ''));
  const longest = Math.max(0, ...lines.map((line) => Math.max(0, ...(line.match(/`+/g) ?? []).map((run) => run.length))));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}\n${lines.join('\n')}\n${fence}`;
}

/** A name safe inside a Mermaid string or an HTML comment: only `[A-Za-z0-9._-]`, at most `maxChars`. */
export function plainName(text: string, maxChars = 40): string {
  const safe = String(text).replace(/[^A-Za-z0-9._-]/g, '_');
  return safe.length > maxChars ? `${safe.slice(0, maxChars - 1)}…` : safe;
}

/** A commit id shown in a code span: 7 hex digits, or nothing when it is not hex. */
export function shortCommit(commit: string | undefined): string | undefined {
  return commit && /^[0-9a-f]{7,64}$/i.test(commit) ? commit.slice(0, 7) : undefined;
}

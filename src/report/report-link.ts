/**
 * The line every view of a run adds when the HTML report was attached to the run as an artifact,
 * so the job summary, the PR comment and the check run point to the same place. Only an https URL
 * of the artifact's page is linked; anything else links nothing.
 */

/** `📊 Charts and CSVs: [report.html (artifact loadgate-report-shop)](url)`, or undefined. */
export function reportLinkLine(link: { url?: string; name: string } | undefined): string | undefined {
  if (!link?.url || !/^https:\/\/[^\s()<>\[\]]+$/.test(link.url) || !/^[A-Za-z0-9._-]+$/.test(link.name)) return undefined;
  return `📊 Charts and CSVs: [report.html (artifact ${link.name})](${link.url})`;
}

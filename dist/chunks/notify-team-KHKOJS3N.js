import { createRequire as __loadgateCreateRequire } from 'node:module'; const require = __loadgateCreateRequire(import.meta.url);
import {
  describeFailure,
  makeOctokit,
  tokenLogin
} from "./chunk-4IPJRBTM.js";
import "./chunk-C5ZD6TMW.js";
import "./chunk-R6TSWLX4.js";
import {
  changeText
} from "./chunk-IC7FVIJD.js";
import {
  escapeMarkdown,
  formatChange,
  plainName,
  shortCommit
} from "./chunk-S7AUOFDY.js";
import "./chunk-MVY2A3H3.js";

// src/verdict/open-changes.ts
var RETURN_SHARE = 0.5;
var size = (c) => c.unit === "relative" ? Math.abs(Math.log1p(c.change)) : Math.abs(c.change);
function seriesKey(s) {
  return `${encodeURIComponent(s.endpoint)}|${s.metric}`;
}
function openRegressions(trend) {
  const open = [];
  for (const s of trend.series) {
    let current;
    for (const c of s.changePoints) {
      if (c.kind === "regression") current = c;
      else if (current && size(c) >= RETURN_SHARE * size(current)) current = void 0;
    }
    if (current) open.push({ key: seriesKey(s), series: s, change: current });
  }
  return open;
}

// src/report/team-issue.ts
function teamIssueMarker(profile, level) {
  return `<!-- loadgate-trend:${plainName(profile, 64)}${level ? `@${plainName(level, 64)}` : ""} -->`;
}
var STATE = /<!-- loadgate-open:([A-Za-z0-9%._~!*'()|\- ]*)-->/;
function openKeysOf(body) {
  const match = STATE.exec(body ?? "");
  return match ? match[1].trim().split(" ").filter(Boolean) : [];
}
function teamIssueTitle(profile, level) {
  return `loadgate: performance changes in ${plainName(profile, 64)}${level ? ` (${plainName(level, 64)})` : ""}`;
}
function runText(run) {
  const commit = shortCommit(run.commit);
  const date = Number.isNaN(Date.parse(run.savedAt)) ? "" : new Date(run.savedAt).toISOString().slice(0, 10);
  return [commit ? `\`${commit}\`` : "", date].filter(Boolean).join(" ") || "a stored run";
}
function regressionLine(r) {
  const c = r.change;
  const fmt = (v) => changeText({ change: v, unit: c.unit }, r.series.metric);
  return `${escapeMarkdown(r.series.endpoint, 64)} ${r.series.metric}: ${fmt(c.change)} (${fmt(c.lower)} \u2026 ${fmt(c.upper)}) between ${runText(c.before)} and ${runText(c.after)}`;
}
function teamIssueBody(marker, trend, open, runUrl) {
  const lines = [marker, `<!-- loadgate-open: ${open.map((r) => r.key).join(" ")} -->`, ""];
  if (open.length === 0) {
    lines.push("\u2705 Every series has returned: no regression change point is open.", "");
  } else {
    lines.push(`Open regression change points over the last ${trend.runs.length} scheduled runs (\u03B1 ${trend.alpha}, changes of ${formatChange(trend.minChange, "relative").replace("+", "")} or more):`, "");
    for (const r of open) lines.push(`- ${regressionLine(r)}`);
    lines.push("");
  }
  lines.push(`Kept up to date by loadgate's scheduled runs${runUrl && /^https:\/\/[^\s()<>]+$/.test(runUrl) ? ` ([latest run](${runUrl}))` : ""}. A series counts as returned after a later improvement of similar size; closing this issue acknowledges what it lists.`);
  return lines.join("\n") + "\n";
}
function newRegressionsComment(fresh) {
  return [`\u{1F53A} New regression change point${fresh.length === 1 ? "" : "s"}:`, "", ...fresh.map((r) => `- ${regressionLine(r)}`), ""].join("\n");
}
function returnedComment(keys, stillOpen) {
  const names = keys.map((k) => {
    const [endpoint, metric] = k.split("|");
    let name = endpoint;
    try {
      name = decodeURIComponent(endpoint);
    } catch {
    }
    return `${escapeMarkdown(name, 64)} ${escapeMarkdown(metric ?? "", 20)}`;
  });
  return [`\u2705 Returned: ${names.join(", ")}.`, stillOpen === 0 ? "No regression change point is open any more." : `${stillOpen} still open.`, ""].join("\n");
}

// src/publish/team-issue.ts
async function markedIssues(octokit, repo, marker, login) {
  const all = await octokit.paginate(octokit.rest.issues.listForRepo, { ...repo, state: "all", per_page: 100 });
  return all.filter((i) => !i.pull_request && i.user?.login === login && (i.body ?? "").startsWith(marker));
}
async function upsertTeamIssue(octokit, request) {
  const { repo, trend } = request;
  const marker = teamIssueMarker(request.profile, request.level);
  const open = openRegressions(trend);
  const body = teamIssueBody(marker, trend, open, request.runUrl);
  try {
    const login = await tokenLogin(octokit);
    const issues = await markedIssues(octokit, repo, marker, login);
    const current = issues.find((i) => i.state === "open");
    if (current) {
      const before = new Set(openKeysOf(current.body));
      const fresh2 = open.filter((r) => !before.has(r.key));
      const returned = [...before].filter((k) => !open.some((r) => r.key === k));
      await octokit.rest.issues.update({ ...repo, issue_number: current.number, body });
      let comments = 0;
      if (fresh2.length > 0) {
        await octokit.rest.issues.createComment({ ...repo, issue_number: current.number, body: newRegressionsComment(fresh2) });
        comments++;
      }
      if (returned.length > 0) {
        await octokit.rest.issues.createComment({ ...repo, issue_number: current.number, body: returnedComment(returned, open.length) });
        comments++;
      }
      return { status: "updated", number: current.number, url: current.html_url, comments };
    }
    const acknowledged = new Set(openKeysOf(issues.find((i) => i.state === "closed")?.body));
    const fresh = open.filter((r) => !acknowledged.has(r.key));
    if (fresh.length === 0) {
      return { status: "skipped", reason: open.length === 0 ? "no regression change point is open" : "the open regressions are the ones a closed team issue already listed" };
    }
    const { data } = await octokit.rest.issues.create({ ...repo, title: teamIssueTitle(request.profile, request.level), body });
    return { status: "created", number: data.number, url: data.html_url, comments: 0 };
  } catch (err) {
    return { status: "failed", reason: describeFailure(err, "update the team issue", "issues: write") };
  }
}

// src/publish/notify-team.ts
async function notifyTeam(report, ctx, log) {
  if (ctx.mode === "none" || !report.trend) return void 0;
  if (!ctx.defaultBranch || ctx.ref !== `refs/heads/${ctx.defaultBranch}`) {
    log.info(`Team issue: not kept for ${ctx.ref} (only the default branch's scheduled runs keep it)`);
    return void 0;
  }
  if (!ctx.token || !ctx.apiUrl) {
    log.info("Team issue: no github-token or GitHub API here, so no issue (the job summary has the trend)");
    return void 0;
  }
  const outcome = await upsertTeamIssue(makeOctokit(ctx.token, log, ctx.apiUrl), {
    repo: ctx.repo,
    profile: report.profile.name,
    trend: report.trend,
    ...ctx.level ? { level: ctx.level } : {},
    ...ctx.runUrl ? { runUrl: ctx.runUrl } : {}
  });
  if (outcome.status === "failed") log.warning(`loadgate: ${outcome.reason}`);
  else if (outcome.status === "skipped") log.info(`Team issue: ${outcome.reason}`);
  else log.info(`Team issue ${outcome.status}: ${outcome.url}${outcome.comments ? ` (${outcome.comments} comment${outcome.comments === 1 ? "" : "s"})` : ""}`);
  return outcome;
}
export {
  notifyTeam
};

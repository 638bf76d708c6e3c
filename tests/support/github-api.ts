/**
 * A stand-in for the GitHub REST API: a real node:http server on 127.0.0.1
 * that implements the operations loadgate calls, keeps their state in memory,
 * and validates every request against GitHub's published OpenAPI description
 * (the committed subset in ./openapi/github-subset.json).
 *
 * A request that does not validate is answered as GitHub answers it (400 for
 * JSON it cannot parse, 422 otherwise, 404 for an unknown route) and is also
 * recorded in `violations`, so a test ends with
 * `assert.deepEqual(github.violations, [])`.
 *
 * Rules GitHub applies that the description states only in prose are enforced
 * too: a comment body over 65,536 characters is refused, and a check run with
 * `status: completed` needs a `conclusion`. Token rules follow a workflow's
 * GITHUB_TOKEN: a `read` token (a fork's pull request) gets 403 "Resource not
 * accessible by integration" on any write, and so does every token on
 * `GET /user`, because installation tokens cannot read a user.
 *
 * Deliberate differences from GitHub: unknown body properties and unknown
 * query parameters are refused (GitHub ignores them; a typo should fail a
 * test), `per_page` over 100 is refused (GitHub caps it silently), and the
 * Link header repeats the request's own path rather than GitHub's
 * `/repositories/{id}/...` form, which this stand-in does not route.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { OpenApiSubset, type JsonSchema, type OpenApiOperation, type Problem } from './openapi/validator.js';
import {
  checkRunJson,
  commentJson,
  linkHeader,
  pullJson,
  repoJson,
  type CheckRun,
  type CheckRunAnnotation,
  type IssueComment,
  type PullSeed,
  type RepoSeed,
  type ResponseContext,
  type UserRef,
  userJson,
} from './openapi/github-responses.js';
import { overlay, sampleFromSchema } from './openapi/sample.js';

export type { CheckRun, CheckRunAnnotation, IssueComment, PullSeed, RepoSeed, UserRef };

export type TokenAccess = 'write' | 'read';

export interface GitHubApiOptions {
  /** Accepted tokens and what each may do; any other token gets 401 "Bad credentials". */
  tokens: Record<string, TokenAccess>;
  repos?: RepoSeed[];
  pulls?: PullSeed[];
  /** Login that authored what the tokens write; default `github-actions[bot]`. */
  botLogin?: string;
  /**
   * Tokens that belong to a person (personal access tokens): `GET /user` answers with the user,
   * and what the token writes is authored by that user instead of the bot.
   */
  users?: Record<string, Partial<UserRef> & { login: string }>;
}


export interface RecordedRequest {
  method: string;
  path: string;
  status: number;
  operationId?: string;
}

export interface Violation extends Problem {
  method: string;
  path: string;
  operationId?: string;
  status: number;
}

export interface FaultOptions {
  /** Seconds for the `retry-after` header; default 1 for 403 and 429. */
  retryAfterSeconds?: number;
  message?: string;
}

export interface GitHubApiStandin {
  /** Base URL for Octokit's `baseUrl`, e.g. http://127.0.0.1:41234 (no trailing slash). */
  readonly url: string;
  /** Comments by issue (or pull request) number, oldest first. */
  readonly comments: Map<number, IssueComment[]>;
  readonly checkRuns: CheckRun[];
  readonly requests: RecordedRequest[];
  readonly violations: Violation[];
  /** Version of @octokit/openapi the validating subset was cut from. */
  readonly openApiVersion: string;
  /** Answers the next `count` requests with `status` (502, 503, 403 secondary rate limit, 429...). */
  failNext(count: number, status: number, options?: FaultOptions): void;
  /** Adds a comment written by someone else (a person, another bot) to an issue. */
  addComment(issueNumber: number, body: string, user?: Partial<UserRef>, repository?: string): IssueComment;
  /** Issues (not pull requests) by number, created through the API. */
  readonly issues: Map<number, Issue>;
  /** What a person does in the web interface: close an issue, or delete it (it is gone from every list). */
  closeIssue(issueNumber: number): void;
  deleteIssue(issueNumber: number): void;
  close(): Promise<void>;
}

/** An issue the stand-in keeps; `history` holds every create and update request body. */
export interface Issue {
  number: number;
  repository: string;
  title: string;
  body: string;
  state: 'open' | 'closed';
  user: UserRef;
  createdAt: string;
  updatedAt: string;
  history: Record<string, unknown>[];
}

export const COMMENT_BODY_MAX_CHARS = 65_536;
const SECONDARY_RATE_LIMIT =
  'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID 0000:0000:0000000:0000000:00000000.';
const GITHUB_ACTIONS_BOT_ID = 41898282;

interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

interface Context {
  operation: OpenApiOperation;
  params: Record<string, string | number | boolean>;
  body: Record<string, unknown>;
  requestUrl: URL;
  owner: string;
  repo: string;
  /** Who the request's token writes as: the bot, or a personal access token's user. */
  author: UserRef;
  /** The personal access token's user, when the token is one. */
  user?: UserRef;
}

/** Starts the stand-in on 127.0.0.1 with a free port. */
export async function startGitHubApi(options: GitHubApiOptions): Promise<GitHubApiStandin> {
  const subset = OpenApiSubset.load();
  const botLogin = options.botLogin ?? 'github-actions[bot]';
  const bot: UserRef = { login: botLogin, id: GITHUB_ACTIONS_BOT_ID, type: 'Bot' };
  const repos = new Map((options.repos ?? []).map((seed) => [`${seed.owner}/${seed.repo}`, seed]));
  const pulls = new Map((options.pulls ?? []).map((seed) => [`${seed.owner}/${seed.repo}#${seed.number}`, seed]));
  const comments = new Map<number, IssueComment[]>();
  const issues = new Map<number, Issue>();
  let nextIssueNumber = 500;
  const checkRuns: CheckRun[] = [];
  const requests: RecordedRequest[] = [];
  const violations: Violation[] = [];
  const faults: { status: number; options: FaultOptions }[] = [];
  let nextCommentId = 1_000_000_001;
  let nextCheckRunId = 20_000_000_001;
  let baseUrl = '';
  let clock = Date.parse('2024-06-01T12:00:00Z');

  // A fixed, advancing clock keeps timestamps ordered and reproducible.
  const now = () => new Date((clock += 1000)).toISOString().replace('.000Z', 'Z');

  const shapes: ResponseContext = {
    baseUrl: '',
    defaultBranchOf: (full) => repos.get(full)?.defaultBranch ?? 'main',
    isPull: (full, number) => pulls.has(`${full}#${number}`),
  };

  function storeComment(repository: string, issueNumber: number, body: string, user: UserRef): IssueComment {
    const at = now();
    const comment: IssueComment = { id: nextCommentId++, repository, issueNumber, body, user, createdAt: at, updatedAt: at };
    const list = comments.get(issueNumber) ?? [];
    list.push(comment);
    comments.set(issueNumber, list);
    return comment;
  }

  function findComment(repository: string, id: number): IssueComment | undefined {
    for (const list of comments.values()) {
      const found = list.find((comment) => comment.id === id && comment.repository === repository);
      if (found) return found;
    }
    return undefined;
  }

  /** GitHub's prose-only rules, checked after the schema. */
  function limitProblems(operationId: string, body: Record<string, unknown>): Problem[] {
    const problems: Problem[] = [];
    if (['issues/create-comment', 'issues/update-comment', 'issues/create', 'issues/update'].includes(operationId) && typeof body.body === 'string') {
      if ([...body.body].length > COMMENT_BODY_MAX_CHARS) {
        problems.push({ where: 'limit', message: `Body is too long (maximum is ${COMMENT_BODY_MAX_CHARS} characters)` });
      }
    }
    if (operationId === 'checks/create' && body.status === 'completed' && body.conclusion === undefined) {
      problems.push({ where: 'limit', message: 'conclusion is required when status is completed' });
    }
    if (operationId === 'checks/create' && body.completed_at !== undefined && body.conclusion === undefined) {
      problems.push({ where: 'limit', message: 'conclusion is required when completed_at is given' });
    }
    return problems;
  }

  function applyCheckRunFields(run: CheckRun, body: Record<string, unknown>): void {
    if (typeof body.name === 'string') run.name = body.name;
    if (typeof body.details_url === 'string') run.detailsUrl = body.details_url;
    if (typeof body.external_id === 'string') run.externalId = body.external_id;
    if (typeof body.started_at === 'string') run.startedAt = body.started_at;
    if (typeof body.status === 'string') run.status = body.status;
    if (typeof body.conclusion === 'string') {
      // Providing a conclusion sets the status to completed (documented for both create and update).
      run.conclusion = body.conclusion;
      run.status = 'completed';
    }
    if (typeof body.completed_at === 'string') run.completedAt = body.completed_at;
    if (run.status === 'completed' && run.completedAt === null) run.completedAt = now();
    const output = body.output as Record<string, unknown> | undefined;
    if (output) {
      if (typeof output.title === 'string') run.output.title = output.title;
      if (typeof output.summary === 'string') run.output.summary = output.summary;
      if (typeof output.text === 'string') run.output.text = output.text;
      // Annotations accumulate across requests, as GitHub documents.
      if (Array.isArray(output.annotations)) run.annotations.push(...(output.annotations as CheckRunAnnotation[]));
    }
    run.history.push(body);
  }

  function issueJson(schema: JsonSchema | undefined, issue: Issue): unknown {
    return overlay(sampleFromSchema(schema), {
      id: 3_000_000_000 + issue.number,
      node_id: `I_kwDO${Buffer.from(String(issue.number)).toString('base64url')}`,
      number: issue.number,
      url: `${baseUrl}/repos/${issue.repository}/issues/${issue.number}`,
      html_url: `https://github.com/${issue.repository}/issues/${issue.number}`,
      title: issue.title,
      body: issue.body,
      state: issue.state,
      user: userJson({ ...shapes, baseUrl }, issue.user),
      created_at: issue.createdAt,
      updated_at: issue.updatedAt,
      closed_at: issue.state === 'closed' ? issue.updatedAt : null,
      pull_request: undefined,
    });
  }

  const handlers: Record<string, (ctx: Context) => Reply> = {
    'issues/list-for-repo': (ctx) => {
      const full = `${ctx.owner}/${ctx.repo}`;
      const state = String(ctx.params.state ?? 'open');
      // Newest first, as GitHub's default sort (created, desc).
      const all = [...issues.values()].filter((i) => i.repository === full && (state === 'all' || i.state === state)).reverse();
      const perPage = Math.min(Number(ctx.params.per_page ?? 30), 100);
      const page = Math.max(Number(ctx.params.page ?? 1), 1);
      const headers: Record<string, string> = {};
      const link = linkHeader(ctx.requestUrl, baseUrl, page, Math.ceil(all.length / perPage));
      if (link) headers.link = link;
      const items = (ctx.operation.response?.schema as JsonSchema | undefined)?.items as JsonSchema | undefined;
      return { status: 200, body: all.slice((page - 1) * perPage, page * perPage).map((i) => issueJson(items, i)), headers };
    },

    'issues/create': (ctx) => {
      const at = now();
      const issue: Issue = { number: nextIssueNumber++, repository: `${ctx.owner}/${ctx.repo}`, title: String(ctx.body.title), body: String(ctx.body.body ?? ''), state: 'open', user: ctx.author, createdAt: at, updatedAt: at, history: [ctx.body] };
      issues.set(issue.number, issue);
      return { status: 201, body: issueJson(ctx.operation.response?.schema as JsonSchema | undefined, issue), headers: { location: `${baseUrl}/repos/${issue.repository}/issues/${issue.number}` } };
    },

    'issues/get': (ctx) => {
      const issue = issues.get(Number(ctx.params.issue_number));
      if (!issue || issue.repository !== `${ctx.owner}/${ctx.repo}`) return notFound(ctx.operation);
      return { status: 200, body: issueJson(ctx.operation.response?.schema as JsonSchema | undefined, issue) };
    },

    'issues/update': (ctx) => {
      const issue = issues.get(Number(ctx.params.issue_number));
      if (!issue || issue.repository !== `${ctx.owner}/${ctx.repo}`) return notFound(ctx.operation);
      if (typeof ctx.body.title === 'string') issue.title = ctx.body.title;
      if (typeof ctx.body.body === 'string') issue.body = ctx.body.body;
      if (ctx.body.state === 'open' || ctx.body.state === 'closed') issue.state = ctx.body.state;
      issue.updatedAt = now();
      issue.history.push(ctx.body);
      return { status: 200, body: issueJson(ctx.operation.response?.schema as JsonSchema | undefined, issue) };
    },

    'repos/get': (ctx) => ({ status: 200, body: repoJson(shapes, ctx.operation.response?.schema, ctx.owner, ctx.repo) }),

    'pulls/get': (ctx) => {
      const seed = pulls.get(`${ctx.owner}/${ctx.repo}#${ctx.params.pull_number}`);
      return seed ? { status: 200, body: pullJson(shapes, ctx.operation, seed) } : notFound(ctx.operation);
    },

    // Installation tokens (GITHUB_TOKEN) cannot read a user; a personal access token reads its own.
    'users/get-authenticated': (ctx) => (ctx.user ? { status: 200, body: authenticatedUserJson(ctx) } : forbidden()),

    'issues/list-comments': (ctx) => {
      const full = `${ctx.owner}/${ctx.repo}`;
      const since = typeof ctx.params.since === 'string' ? Date.parse(ctx.params.since) : -Infinity;
      const all = (comments.get(Number(ctx.params.issue_number)) ?? []).filter(
        (comment) => comment.repository === full && Date.parse(comment.updatedAt) >= since,
      );
      const perPage = Math.min(Number(ctx.params.per_page ?? 30), 100);
      const page = Math.max(Number(ctx.params.page ?? 1), 1);
      const slice = all.slice((page - 1) * perPage, page * perPage);
      const headers: Record<string, string> = {};
      const link = linkHeader(ctx.requestUrl, baseUrl, page, Math.ceil(all.length / perPage));
      if (link) headers.link = link;
      return { status: 200, body: slice.map((comment) => commentJson(shapes, ctx.operation, comment)), headers };
    },

    'issues/create-comment': (ctx) => {
      const comment = storeComment(`${ctx.owner}/${ctx.repo}`, Number(ctx.params.issue_number), String(ctx.body.body), ctx.author);
      return {
        status: 201,
        body: commentJson(shapes, ctx.operation, comment),
        headers: { location: `${baseUrl}/repos/${comment.repository}/issues/comments/${comment.id}` },
      };
    },

    'issues/update-comment': (ctx) => {
      const comment = findComment(`${ctx.owner}/${ctx.repo}`, Number(ctx.params.comment_id));
      if (!comment) return notFound(ctx.operation);
      comment.body = String(ctx.body.body);
      comment.updatedAt = now();
      return { status: 200, body: commentJson(shapes, ctx.operation, comment) };
    },

    'checks/create': (ctx) => {
      const run: CheckRun = {
        id: nextCheckRunId++,
        repository: `${ctx.owner}/${ctx.repo}`,
        name: String(ctx.body.name),
        headSha: String(ctx.body.head_sha),
        status: 'queued',
        conclusion: null,
        startedAt: now(),
        completedAt: null,
        detailsUrl: null,
        externalId: null,
        output: { title: null, summary: null, text: null },
        annotations: [],
        history: [],
      };
      applyCheckRunFields(run, ctx.body);
      checkRuns.push(run);
      return { status: 201, body: checkRunJson(shapes, ctx.operation, run) };
    },

    'checks/update': (ctx) => {
      const run = checkRuns.find((candidate) => candidate.id === Number(ctx.params.check_run_id) && candidate.repository === `${ctx.owner}/${ctx.repo}`);
      if (!run) return notFound(ctx.operation);
      applyCheckRunFields(run, ctx.body);
      return { status: 200, body: checkRunJson(shapes, ctx.operation, run) };
    },
  };

  function faultReply(fault: { status: number; options: FaultOptions }): Reply {
    const { status, options: faultOptions } = fault;
    const headers: Record<string, string> = {};
    if (status === 403 || status === 429 || faultOptions.retryAfterSeconds !== undefined) {
      headers['retry-after'] = String(faultOptions.retryAfterSeconds ?? 1);
    }
    if (status === 403 || status === 429) {
      headers['x-ratelimit-limit'] = '5000';
      headers['x-ratelimit-remaining'] = '4999';
      headers['x-ratelimit-reset'] = String(Math.floor(clock / 1000) + 60);
    }
    const message = faultOptions.message ?? (status === 403 || status === 429 ? SECONDARY_RATE_LIMIT : status >= 500 ? 'Server Error' : 'Fault injected by the stand-in');
    return { status, headers, body: { message, documentation_url: 'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits' } };
  }

  function handle(method: string, requestUrl: URL, authorization: string | undefined, rawBody: string): Reply & { operationId?: string } {
    const fault = faults.shift();
    if (fault) return faultReply(fault);

    const token = /^(?:token|bearer)\s+(\S+)$/i.exec(authorization ?? '')?.[1];
    if (!token) return { status: 401, body: { message: 'Requires authentication', documentation_url: 'https://docs.github.com/rest', status: '401' } };
    const access = options.tokens[token];
    if (!access) return { status: 401, body: { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' } };

    const match = subset.match(method, requestUrl.pathname);
    if ('where' in match) {
      recordViolation(method, requestUrl, 404, [match]);
      return { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' } };
    }
    const { operation } = match;
    const checked = subset.checkRequest(match, requestUrl.searchParams, rawBody);
    const body = (checked.body ?? {}) as Record<string, unknown>;
    const problems = checked.problems.length > 0 ? checked.problems : limitProblems(operation.operationId, body);
    const isWrite = method !== 'GET' && method !== 'HEAD';
    const status = access === 'read' && isWrite ? 403 : problems.some((p) => p.where === 'json') ? 400 : 422;
    if (problems.length > 0) recordViolation(method, requestUrl, status, problems, operation.operationId);
    if (access === 'read' && isWrite) return { ...forbidden(operation), operationId: operation.operationId };
    if (problems.length > 0) return { ...invalid(operation, problems), operationId: operation.operationId };

    const seed = options.users?.[token];
    const user: UserRef | undefined = seed ? { id: seed.id ?? 583231, type: seed.type ?? 'User', login: seed.login } : undefined;
    const ctx: Context = { operation, params: checked.params, body, requestUrl, owner: String(checked.params.owner ?? ''), repo: String(checked.params.repo ?? ''), author: user ?? bot, ...(user ? { user } : {}) };
    const handler = handlers[operation.operationId];
    if (!handler) throw new Error(`no handler for ${operation.operationId}`);
    return { ...handler(ctx), operationId: operation.operationId };
  }

  function recordViolation(method: string, requestUrl: URL, status: number, problems: Problem[], operationId?: string): void {
    const path = `${requestUrl.pathname}${requestUrl.search}`;
    for (const problem of problems) violations.push({ ...problem, method, path, status, operationId });
  }

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const method = req.method ?? 'GET';
      const requestUrl = new URL(req.url ?? '/', baseUrl);
      let reply: Reply & { operationId?: string };
      try {
        reply = handle(method, requestUrl, req.headers.authorization, Buffer.concat(chunks).toString('utf8'));
      } catch (error) {
        reply = { status: 500, body: { message: `stand-in bug: ${(error as Error).stack}` } };
      }
      requests.push({ method, path: `${requestUrl.pathname}${requestUrl.search}`, status: reply.status, operationId: reply.operationId });
      const payload = reply.body === undefined ? '' : JSON.stringify(reply.body);
      res.writeHead(reply.status, {
        'content-type': 'application/json; charset=utf-8',
        'x-github-media-type': 'github.v3; format=json',
        'x-github-request-id': `0000:${requests.length.toString(16).padStart(4, '0')}`,
        ...reply.headers,
      });
      res.end(payload);
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  shapes.baseUrl = baseUrl;

  return {
    url: baseUrl,
    comments,
    checkRuns,
    requests,
    violations,
    openApiVersion: subset.sourceVersion,
    failNext(count, status, faultOptions = {}) {
      for (let i = 0; i < count; i++) faults.push({ status, options: faultOptions });
    },
    issues,
    closeIssue(issueNumber) {
      const issue = issues.get(issueNumber);
      if (issue) issue.state = 'closed';
    },
    deleteIssue(issueNumber) {
      issues.delete(issueNumber);
      comments.delete(issueNumber);
    },
    addComment(issueNumber, body, user = {}, repository) {
      const author: UserRef = { login: user.login ?? 'octocat', id: user.id ?? 583231, type: user.type ?? 'User' };
      const full = repository ?? (options.repos?.[0] ? `${options.repos[0].owner}/${options.repos[0].repo}` : options.pulls?.[0] ? `${options.pulls[0].owner}/${options.pulls[0].repo}` : 'octo-org/octo-repo');
      return storeComment(full, issueNumber, body, author);
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** `GET /user` for a personal access token: the private-user shape, every required field present. */
function authenticatedUserJson(ctx: Context): unknown {
  return overlay(sampleFromSchema(ctx.operation.response?.schema), userJson({ baseUrl: ctx.requestUrl.origin, defaultBranchOf: () => 'main', isPull: () => false }, ctx.user!));
}

function notFound(operation: OpenApiOperation): Reply {
  return { status: 404, body: { message: 'Not Found', documentation_url: operation.documentationUrl, status: '404' } };
}

function forbidden(operation?: OpenApiOperation): Reply {
  return {
    status: 403,
    body: { message: 'Resource not accessible by integration', documentation_url: operation?.documentationUrl ?? 'https://docs.github.com/rest', status: '403' },
  };
}

/** GitHub's two 4xx shapes: "Problems parsing JSON" (400) and schema/limit failures (422). */
function invalid(operation: OpenApiOperation, problems: Problem[]): Reply {
  if (problems.some((p) => p.where === 'json')) {
    return { status: 400, body: { message: 'Problems parsing JSON', documentation_url: operation.documentationUrl, status: '400' } };
  }
  const limits = problems.filter((p) => p.where === 'limit');
  if (limits.length === problems.length) {
    const resource = operation.operationId.startsWith('issues/') ? 'IssueComment' : 'CheckRun';
    return {
      status: 422,
      body: {
        message: 'Validation Failed',
        errors: limits.map((p) => ({ resource, code: 'unprocessable', field: 'data', message: p.message })),
        documentation_url: operation.documentationUrl,
        status: '422',
      },
    };
  }
  return {
    status: 422,
    body: { message: `Invalid request.\n\n${problems.map((p) => `${p.where} ${p.message}`).join('\n')}`, documentation_url: operation.documentationUrl, status: '422' },
  };
}

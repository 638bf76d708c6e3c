/**
 * The part the action loads to publish through the GitHub API (the comment and the check run):
 * Octokit with its plugins, which @actions/github brings. Loaded only with a token and an API URL.
 */
export { makeOctokit } from '../publish/github-client.js';
export { publishReport } from '../publish/publish.js';
export { publishedPullRequest } from '../publish/published-pull-request.js';

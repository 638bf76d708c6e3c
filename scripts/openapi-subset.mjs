#!/usr/bin/env node
/**
 * Cuts GitHub's published OpenAPI description down to the operations loadgate
 * calls, for the GitHub REST API stand-in (tests/support/github-api.ts).
 *
 * Why a committed subset: the full description ships in the npm package
 * `@octokit/openapi` (GitHub's official description plus Octokit's `x-octokit`
 * extensions), which is ~385 MB installed. The tests need a few hundred KB of it.
 *
 * How to regenerate (in a scratch directory outside this repository, so its node_modules stays as
 * package-lock.json says):
 *
 *   npm i --prefix /tmp/openapi @octokit/openapi@23.0.2
 *   node scripts/openapi-subset.mjs \
 *     /tmp/openapi/node_modules/@octokit/openapi/generated/api.github.com.json
 *
 * Use `api.github.com.json`: every `$ref` is inlined here. (The package's
 * `api.github.com.deref.json` also loads, but in @octokit/openapi 23.0.2 it is
 * not the same snapshot: some response schemas differ, so the committed subset
 * is cut from the non-dereferenced file.) The output goes to
 * tests/support/openapi/github-subset.json unless a second argument names
 * another file; the result is deterministic, so a rerun with the same package
 * version leaves it byte-identical.
 *
 * What the subset keeps, per operation: the path template, operationId,
 * documentation URL, parameters (name, in, required, schema) and the JSON
 * schemas of the request body and of the success response. It drops
 * descriptions and examples (size), and rewrites OpenAPI 3.0 dialect into plain
 * JSON Schema so ajv validates it without OpenAPI extensions:
 *   - `nullable: true` becomes `type: [T, "null"]` (or `anyOf [.., {type:null}]`,
 *     and `null` joins any `enum`);
 *   - a parameter whose description documents a maximum ("(max 100)", as
 *     `per_page` does) gets `x-documented-maximum`, because the description
 *     states the limit in prose only. GitHub silently caps such values; the
 *     stand-in reports them as violations so a client relying on more fails.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The operations the stand-in implements: [path template, method]. */
export const OPERATIONS = [
  ['/repos/{owner}/{repo}/issues', 'get'],
  ['/repos/{owner}/{repo}/issues', 'post'],
  ['/repos/{owner}/{repo}/issues/{issue_number}', 'get'],
  ['/repos/{owner}/{repo}/issues/{issue_number}', 'patch'],
  ['/repos/{owner}/{repo}/issues/{issue_number}/comments', 'get'],
  ['/repos/{owner}/{repo}/issues/{issue_number}/comments', 'post'],
  ['/repos/{owner}/{repo}/issues/comments/{comment_id}', 'patch'],
  ['/repos/{owner}/{repo}/check-runs', 'post'],
  ['/repos/{owner}/{repo}/check-runs/{check_run_id}', 'patch'],
  ['/repos/{owner}/{repo}/pulls/{pull_number}', 'get'],
  ['/repos/{owner}/{repo}', 'get'],
  ['/user', 'get'],
];

const DROPPED_KEYWORDS = new Set(['description', 'example', 'examples', 'title', 'externalDocs']);
// Keywords whose value is a map from names to schemas: the names are data, not
// keywords, so a property called "description" must survive.
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', 'definitions', '$defs']);

function resolvePointer(root, ref) {
  if (!ref.startsWith('#/')) throw new Error(`external $ref not supported: ${ref}`);
  return ref
    .slice(2)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((node, key) => {
      if (node == null || !(key in node)) throw new Error(`unresolvable $ref ${ref}`);
      return node[key];
    }, root);
}

/** Inlines every $ref below `node`; throws on a cycle, which JSON cannot hold. */
function inline(root, node, seen = []) {
  if (Array.isArray(node)) return node.map((item) => inline(root, item, seen));
  if (node === null || typeof node !== 'object') return node;
  if (typeof node.$ref === 'string') {
    if (seen.includes(node.$ref)) throw new Error(`cyclic $ref ${node.$ref}`);
    return inline(root, resolvePointer(root, node.$ref), [...seen, node.$ref]);
  }
  const out = {};
  for (const [key, value] of Object.entries(node)) out[key] = inline(root, value, seen);
  return out;
}

/** Drops prose and rewrites OpenAPI 3.0 `nullable` into JSON Schema. */
function toJsonSchema(schema) {
  if (Array.isArray(schema)) return schema.map(toJsonSchema);
  if (schema === null || typeof schema !== 'object') return schema;
  let out = {};
  for (const [key, value] of Object.entries(schema)) {
    if (DROPPED_KEYWORDS.has(key) && typeof value !== 'object') continue;
    if (key === 'examples' || key === 'example') continue;
    if (key.startsWith('x-')) continue;
    if (SCHEMA_MAPS.has(key)) {
      out[key] = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, toJsonSchema(sub)]));
    } else {
      out[key] = toJsonSchema(value);
    }
  }
  if (out.nullable === true) {
    delete out.nullable;
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    if (typeof out.type === 'string') out.type = [out.type, 'null'];
    else if (Array.isArray(out.type)) out.type = [...new Set([...out.type, 'null'])];
    else out = { anyOf: [out, { type: 'null' }] };
  } else if (out.nullable === false) {
    delete out.nullable;
  }
  return out;
}

function subsetParameter(parameter) {
  const kept = {
    name: parameter.name,
    in: parameter.in,
    required: parameter.required === true,
    schema: toJsonSchema(parameter.schema ?? {}),
  };
  const documentedMax = /\(max (\d+)\)/.exec(parameter.description ?? '');
  if (documentedMax) kept['x-documented-maximum'] = Number(documentedMax[1]);
  return kept;
}

function successResponse(responses) {
  const code = Object.keys(responses).find((status) => /^2\d\d$/.test(status));
  if (!code) return undefined;
  const schema = responses[code]?.content?.['application/json']?.schema;
  return { status: Number(code), schema: schema ? toJsonSchema(schema) : undefined };
}

export function buildSubset(description, sourceFile) {
  const paths = {};
  for (const [template, method] of OPERATIONS) {
    const raw = description.paths?.[template]?.[method];
    if (!raw) throw new Error(`${method.toUpperCase()} ${template} is not in ${sourceFile}`);
    const operation = inline(description, raw);
    const body = operation.requestBody?.content?.['application/json']?.schema;
    paths[template] ??= {};
    paths[template][method] = {
      operationId: operation.operationId,
      documentationUrl: operation.externalDocs?.url,
      parameters: (operation.parameters ?? []).map(subsetParameter),
      requestBody: body
        ? { required: operation.requestBody.required === true, schema: toJsonSchema(body) }
        : undefined,
      response: successResponse(operation.responses ?? {}),
    };
  }
  return {
    'x-subset-of': {
      package: '@octokit/openapi',
      version: description.info?.version,
      file: basename(sourceFile),
      openapi: description.openapi,
      generatedBy: 'scripts/openapi-subset.mjs',
      note: 'Generated file: do not edit by hand; regenerate with the command at the top of the script.',
    },
    paths,
  };
}

function main() {
  const [source, target] = process.argv.slice(2);
  if (!source) {
    console.error('usage: node scripts/openapi-subset.mjs <api.github.com.json> [out.json]');
    process.exit(2);
  }
  const here = dirname(fileURLToPath(import.meta.url));
  const out = resolve(target ?? resolve(here, '../tests/support/openapi/github-subset.json'));
  const description = JSON.parse(readFileSync(source, 'utf8'));
  const subset = buildSubset(description, source);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(subset, null, 1)}\n`);
  console.log(`wrote ${out} (${OPERATIONS.length} operations, @octokit/openapi ${subset['x-subset-of'].version})`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();

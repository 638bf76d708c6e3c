/**
 * A flow step's request bytes, rendered per iteration: the step's templates filled with the
 * iteration's variables (and the usual int/choice/seq/uuid/env forms from the step's own seeded
 * stream), the session's `cookie` header added, serialized as the HTTP/1.1 client writes it
 * (request-bytes.ts's layout). Pure. A step without templates or cookies is serialized once and
 * its bytes reused; for the others the fixed text is laid out once and each rendering fills in
 * only what varies, as one string the socket writes as UTF-8 (a flow's steps are rendered for
 * every request they send, and handing the socket text spares a buffer and a copy per request).
 */
import type { FlowStep } from '../profile/types.js';
import { isTemplate, parseTemplate, renderTemplate, type RenderContext, type TemplateContext, type TemplatePart } from '../profile/template.js';
import { createRandomSource } from '../plan/random.js';
import { BODY_METHODS, encodeRequestTarget, serializeRequest } from '../load/request-bytes.js';
import { joinPath } from '../load/target-url.js';

/** What sending a step needs each time: the bytes, and the URL the cookie jar matches against. */
export interface StepRequest {
  /** The whole request: bytes when serialized once, text (written as UTF-8) when rendered. */
  bytes: Buffer | string;
  /** origin + path as sent, for cookie matching; the static path when nothing in it is templated. */
  url: string;
}

/** Renders a step's request for an iteration; made once per step before the run. */
export interface StepRenderer {
  readonly isHead: boolean;
  /** The request for an iteration with these variables, carrying the session's cookies for its URL. */
  render(vars: Readonly<Record<string, string>>, cookies?: { header(url: string): string }): StepRequest;
}

/** Where the requests go: the target's origin (`http://127.0.0.1:8080`), host header and base path. */
export interface StepTarget {
  origin: string;
  host: string;
  basePath: string;
}

/**
 * Prepares a step. `seed` starts the step's own random stream (one per step, like one per endpoint,
 * so the n-th request of a step gets the same random values on every run with the seed); `env`
 * holds the `{{ env NAME }}` values, already checked.
 */
export function prepareStep(step: FlowStep, target: StepTarget, seed: number, env: Readonly<Record<string, string>>): StepRenderer {
  const method = step.method.toUpperCase();
  const parse = (text: string, context: TemplateContext): TemplatePart[] | undefined => {
    if (!isTemplate(text)) return undefined;
    const parts = parseTemplate(text, context, true);
    return typeof parts === 'string' ? undefined : parts;
  };
  const bodyContext: TemplateContext = step.bodyFormat === 'json' ? 'json' : 'raw';
  const pathParts = parse(step.path, 'path');
  const headerParts = Object.entries(step.headers).map(([name, value]) => [name, value, parse(value, 'header')] as const);
  const bodyParts = step.body === undefined ? undefined : parse(step.body, bodyContext);
  const staticBody = step.body === undefined ? null : Buffer.from(step.body);
  const staticBodyLength = staticBody === null ? '' : lengthLine(staticBody.length);
  const staticPath = joinPath(target.basePath, step.path);
  const templated = pathParts !== undefined || bodyParts !== undefined || headerParts.some(([, , parts]) => parts !== undefined);
  const staticHeaders = headerParts.flatMap(([name, value]) => [name, value]);
  const staticRequest: StepRequest | undefined = templated ? undefined : {
    bytes: serializeRequest(method, staticPath, target.host, staticHeaders, staticBody),
    url: target.origin + staticPath,
  };
  const ctx: RenderContext = { random: createRandomSource(seed), requestNumber: 0, env };
  // What every rendering shares, as text laid out once: the host line (unless the step sets its
  // own), the header lines (each static one whole; a templated one or the step's own cookie header
  // as a slot), and the content-length of a static body. serializeRequest's layout, piece by piece.
  const hostLine = headerParts.some(([name]) => name.toLowerCase() === 'host') ? '' : `host: ${target.host}\r\n`;
  const staticLine = ` ${encodeRequestTarget(staticPath)} HTTP/1.1\r\n${hostLine}`;
  const lines = headerParts.map(([name, value, parts]) => (parts === undefined && name !== 'cookie' ? `${name}: ${value}\r\n` : { name, value, parts }));
  const hasOwnCookie = headerParts.some(([name]) => name === 'cookie');
  const noBodyLength = BODY_METHODS.has(method) ? lengthLine(0) : '';
  const staticUrl = target.origin + staticPath;
  return {
    isHead: method === 'HEAD',
    render(vars, cookies) {
      const staticCookies = staticRequest && cookies ? cookies.header(staticRequest.url) : '';
      if (staticRequest && staticCookies === '') return staticRequest;
      ctx.vars = vars;
      const path = pathParts ? joinPath(target.basePath, renderTemplate(pathParts, ctx, 'path')) : staticPath;
      const url = pathParts ? target.origin + path : staticUrl;
      const cookieHeader = staticRequest ? staticCookies : cookies ? cookies.header(url) : '';
      let head = method + (pathParts ? ` ${encodeRequestTarget(path)} HTTP/1.1\r\n${hostLine}` : staticLine);
      for (const line of lines) {
        if (typeof line === 'string') {
          head += line;
          continue;
        }
        const value = line.parts ? renderTemplate(line.parts, ctx, 'header') : line.value;
        // The jar's cookies join a cookie header the step sets itself: one header, as RFC 6265 §5.4 sends.
        head += line.name === 'cookie' && cookieHeader !== '' ? `cookie: ${value}; ${cookieHeader}\r\n` : `${line.name}: ${value}\r\n`;
      }
      if (cookieHeader !== '' && !hasOwnCookie) head += `cookie: ${cookieHeader}\r\n`;
      ctx.requestNumber++;
      if (bodyParts) {
        const body = renderTemplate(bodyParts, ctx, bodyContext);
        return { bytes: `${head}${lengthLine(Buffer.byteLength(body))}\r\n${body}`, url };
      }
      return { bytes: staticBody === null ? `${head}${noBodyLength}\r\n` : `${head}${staticBodyLength}\r\n${step.body!}`, url };
    },
  };
}

const lengthLine = (bytes: number): string => `content-length: ${bytes}\r\n`;

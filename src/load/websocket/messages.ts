/**
 * The text of each WebSocket message: the profile's template rendered (the same `{{ … }}`
 * expressions as endpoint bodies, JSON-escaped in a JSON message), and with `correlate.field` the
 * message's sequence number written as the first field of the JSON object — without parsing the
 * rendered text again, so a message costs one render.
 */
import { createRandomSource } from '../../plan/random.js';
import { isTemplate, parseTemplate, renderTemplate, templateEnvNames, type RenderContext } from '../../profile/template.js';
import type { WebSocketMessage, WebSocketSpec } from '../../profile/types.js';

/** Renders successive messages; `seq` is the correlation number (ignored in echo mode). */
export type MessageRenderer = (seq: number) => string;

/**
 * A renderer for `message` with its own seeded random stream (the n-th message gets the same values
 * on every run with the seed). `field` is the correlation field, when replies are matched by one.
 */
export function messageRenderer(message: WebSocketMessage, field: string | undefined, seed: number, env: Readonly<Record<string, string>>): MessageRenderer {
  const parts = isTemplate(message.text) ? parseTemplate(message.text, message.format) : undefined;
  const ctx: RenderContext = { random: createRandomSource(seed), requestNumber: 0, env };
  const render = typeof parts === 'object' ? () => renderTemplate(parts, ctx, message.format) : () => message.text;
  const next = (): string => {
    const text = render();
    ctx.requestNumber++;
    return text;
  };
  if (field === undefined) return next;
  const prefix = `{${JSON.stringify(field)}:`;
  return (seq) => {
    const text = next();
    // The profile checked that the message is a JSON object; JSON.stringify writes "{}" with no space.
    return text === '{}' ? `${prefix}${seq}}` : `${prefix}${seq},${text.slice(1)}`;
  };
}

/** The `{{ env NAME }}` names a WebSocket block's messages read (checked before the load, like endpoints'). */
export function websocketEnvNames(spec: WebSocketSpec): string[] {
  const names: string[] = [];
  for (const message of [spec.message, spec.subscribe]) {
    if (message === undefined || !isTemplate(message.text)) continue;
    const parts = parseTemplate(message.text, message.format);
    if (typeof parts !== 'string') names.push(...templateEnvNames(parts));
  }
  return [...new Set(names)];
}

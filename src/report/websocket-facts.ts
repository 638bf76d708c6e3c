/**
 * What a WebSocket session load did beyond its pseudo-endpoints, as load facts (load-facts.ts):
 * the message rates, the handshakes, and the drops with their close codes and recovery. Shown by
 * every renderer that shows load facts, so the summary and the terminal say the same.
 */
import type { WebSocketResult } from '../metrics/types.js';
import { formatCount, formatMs, formatRps } from './format.js';

/** The facts of one WebSocket load (load-facts.ts's `LoadFact`s, typed apart so neither file imports the other): messages, connections, and drops when there were any. */
export function websocketFacts(ws: WebSocketResult): { label: string; text: string }[] {
  const facts: { label: string; text: string }[] = [
    {
      label: 'WebSocket messages',
      text: `sent ${formatRps(ws.sentPerSecond)}, received ${formatRps(ws.receivedPerSecond)} (server-initiated ${formatRps(ws.serverPerSecond)})` +
        (ws.nonJson > 0 ? `; ${formatCount(ws.nonJson)} not JSON` : ''),
    },
    {
      label: 'WebSocket connections',
      text: `${formatCount(ws.connections)} asked, ${formatCount(ws.opened)} handshakes succeeded, ${formatCount(ws.failedHandshakes)} failed`,
    },
  ];
  const codes = Object.entries(ws.disconnectsByCode).sort(([a], [b]) => Number(a) - Number(b));
  if (ws.drops > 0 || codes.length > 0) {
    const byCode = codes.map(([code, n]) => `${code}: ${formatCount(n)}`).join(', ');
    const recovery = ws.reconnectMs ? `, time to reconnect p50 ${formatMs(ws.reconnectMs.p50)}, max ${formatMs(ws.reconnectMs.max)}` : '';
    const slow = ws.reconnectsOverMaxTime > 0 ? `; ${formatCount(ws.reconnectsOverMaxTime)} not within reconnect.max_time` : '';
    facts.push({
      label: 'WebSocket drops',
      text: `${formatCount(ws.drops)} (close codes ${byCode || 'none'}), ${formatCount(ws.reconnects)} reconnected${recovery}${slow}`,
    });
  }
  return facts;
}

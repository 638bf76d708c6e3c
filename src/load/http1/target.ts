/** Where the engine's HTTP/1.1 connections go, read once from a target's origin. */

/** Where a connection goes: host (no brackets for IPv6), port, and whether to speak TLS. */
export interface Http1Target {
  host: string;
  port: number;
  tls: boolean;
}

/** The host and port an origin (`http://127.0.0.1:8080`, `https://[::1]`) connects to. */
export function http1Target(origin: string): Http1Target {
  const url = new URL(origin);
  const secure = url.protocol === 'https:';
  const host = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
  return { host, port: url.port === '' ? (secure ? 443 : 80) : Number(url.port), tls: secure };
}

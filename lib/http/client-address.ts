// Which address a request came from, for the sign-in throttle's per-address limit.
//
// Next.js 16 route handlers do not see the socket. Next sets `x-forwarded-for` from the socket
// only when the request has none (`req.headers['x-forwarded-for'] ??= socket.remoteAddress` in
// next/dist/server/base-server.js): a client that sends its own keeps it, so the header is the
// client's to write unless a proxy in front overwrites it. Proxies that append (nginx's
// $proxy_add_x_forwarded_for, most load balancers) leave the client's entries first.
//
// So the address is decided before Next.js sees the request (stampClientAddress, installed from
// instrumentation.ts): the socket's address, or, behind TRUSTED_PROXY_HOPS proxies that each
// append what they saw, the entry that many hops from the right. Entries further left were
// written by the client and are never used. The result goes in CLIENT_ADDRESS_HEADER, which
// replaces whatever the client sent under that name.
import type { IncomingMessage } from "node:http";

export const CLIENT_ADDRESS_HEADER = "x-factmark-client-address";

/**
 * The client's address from the socket's and the x-forwarded-for chain, trusting `hops` proxies.
 * With hops 0 the socket is the client; with hops n the n-th entry from the right of
 * [...x-forwarded-for, socket] is (the one the outermost trusted proxy saw).
 */
export function resolveClientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  hops: number,
): string | null {
  const forwarded = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? ""))
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const chain = [...forwarded, ...(socketAddress ? [socketAddress] : [])];
  if (chain.length === 0) return null;
  // Fewer entries than hops: a proxy is missing or misconfigured; the leftmost is the best guess.
  const address = chain[Math.max(0, chain.length - 1 - hops)]!;
  return address.slice(0, 100);
}

/** Writes the resolved address on the request, replacing any value the client sent. */
export function stampClientAddress(request: IncomingMessage, hops: number) {
  const address = resolveClientAddress(request.socket?.remoteAddress, request.headers["x-forwarded-for"], hops);
  if (address) request.headers[CLIENT_ADDRESS_HEADER] = address;
  else delete request.headers[CLIENT_ADDRESS_HEADER];
}

/** The address stampClientAddress decided, as route handlers and Auth.js see the headers. */
export function getClientAddress(headers: Headers): string | null {
  return headers.get(CLIENT_ADDRESS_HEADER) || null;
}

/** TRUSTED_PROXY_HOPS: how many proxies in front of the app append to x-forwarded-for (default 0). */
export function getTrustedProxyHops(env: Record<string, string | undefined> = process.env): number {
  const raw = env.TRUSTED_PROXY_HOPS?.trim();
  if (!raw) return 0;
  const hops = Number(raw);
  if (!Number.isInteger(hops) || hops < 0 || hops > 10) {
    throw new Error(`TRUSTED_PROXY_HOPS must be a whole number from 0 to 10 (got "${raw}")`);
  }
  return hops;
}

// Stamps every incoming request with its client address (lib/http/client-address.ts) before
// Next.js handles it. `next start` creates its HTTP server itself and offers no hook on it, so the
// servers' `emit` is wrapped: a "request" event is stamped, then handled as before. Installed once
// per process from instrumentation.ts, which Next.js runs before it serves the first request.
import http from "node:http";
import https from "node:https";
import { getTrustedProxyHops, stampClientAddress } from "@/lib/http/client-address";

const INSTALLED = Symbol.for("factmark.clientAddressStamp");

export function installClientAddressStamp(hops = getTrustedProxyHops()) {
  for (const Server of [http.Server, https.Server]) {
    const prototype = Server.prototype as http.Server & { [INSTALLED]?: boolean };
    if (prototype[INSTALLED]) continue;
    const emit = prototype.emit;
    prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
      if (event === "request") stampClientAddress(args[0] as http.IncomingMessage, hops);
      return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
    } as typeof emit;
    prototype[INSTALLED] = true;
  }
}

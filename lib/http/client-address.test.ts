// Regression: the per-address sign-in limit trusted the first x-forwarded-for entry, which the
// client writes, so a fresh made-up address per request reset it. The address now comes from the
// socket, or from the entry the configured number of trusted proxies appended.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  CLIENT_ADDRESS_HEADER,
  getClientAddress,
  getTrustedProxyHops,
  resolveClientAddress,
} from "@/lib/http/client-address";
import { installClientAddressStamp } from "@/lib/http/install-client-address";
import { verifyCredentials } from "@/lib/users/verify-credentials";
import { createTestUser } from "@/tests/fixtures";

describe("resolveClientAddress", () => {
  it("with no trusted proxy, is the socket's address whatever x-forwarded-for says", () => {
    expect(resolveClientAddress("192.0.2.50", undefined, 0)).toBe("192.0.2.50");
    expect(resolveClientAddress("192.0.2.50", "203.0.113.7", 0)).toBe("192.0.2.50");
    expect(resolveClientAddress("192.0.2.50", "203.0.113.7, 10.0.0.1", 0)).toBe("192.0.2.50");
  });

  it("behind one proxy that appends, is the entry that proxy added, not the client's", () => {
    // The client sent "x-forwarded-for: 6.6.6.6"; the proxy appended the address it saw.
    expect(resolveClientAddress("10.0.0.2", "6.6.6.6, 203.0.113.7", 1)).toBe("203.0.113.7");
    expect(resolveClientAddress("10.0.0.2", "203.0.113.7", 1)).toBe("203.0.113.7");
    expect(resolveClientAddress("10.0.0.2", ["6.6.6.6", "203.0.113.7"], 1)).toBe("203.0.113.7");
    expect(resolveClientAddress("10.0.0.3", "6.6.6.6, 203.0.113.7, 10.0.0.2", 2)).toBe("203.0.113.7");
  });

  it("falls back to the leftmost entry when fewer proxies than configured added one", () => {
    expect(resolveClientAddress("10.0.0.2", undefined, 1)).toBe("10.0.0.2");
    expect(resolveClientAddress(undefined, undefined, 0)).toBeNull();
  });

  it("reads TRUSTED_PROXY_HOPS, refusing nonsense loudly", () => {
    expect(getTrustedProxyHops({})).toBe(0);
    expect(getTrustedProxyHops({ TRUSTED_PROXY_HOPS: "2" })).toBe(2);
    expect(() => getTrustedProxyHops({ TRUSTED_PROXY_HOPS: "one" })).toThrow(/TRUSTED_PROXY_HOPS/);
    expect(() => getTrustedProxyHops({ TRUSTED_PROXY_HOPS: "-1" })).toThrow(/TRUSTED_PROXY_HOPS/);
  });
});

describe("behind one trusted proxy (TRUSTED_PROXY_HOPS=1), a real HTTP server", () => {
  let server: http.Server;
  let url: string;
  // Each request's stamped address, as the app's handlers would read it.
  beforeAll(async () => {
    installClientAddressStamp(1);
    server = http.createServer((request, response) => {
      response.end(getClientAddress(new Headers(request.headers as Record<string, string>)) ?? "");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  /** What the proxy forwards: whatever the client claimed, then the address the proxy saw. */
  const viaProxy = async (claimed: string, seen: string, extra: Record<string, string> = {}) =>
    (await fetch(url, { headers: { "x-forwarded-for": `${claimed}, ${seen}`, ...extra } })).text();

  it("takes the proxy's entry, and replaces an address header the client sent", async () => {
    expect(await viaProxy("6.6.6.6", "203.0.113.7")).toBe("203.0.113.7");
    expect(await viaProxy("1.1.1.1", "203.0.113.7", { [CLIENT_ADDRESS_HEADER]: "1.1.1.1" })).toBe("203.0.113.7");
  });

  it("keeps counting one sprayer's failures however the client fills in x-forwarded-for", async () => {
    const seen = `2001:db8::${randomUUID().slice(0, 4)}`;
    const sprayed = () => `spoof-${randomUUID().slice(0, 8)}@factmark.test`;
    // Nineteen failures already recorded from that address (bcrypt for each would only slow the test).
    await db.signInAttempt.createMany({
      data: Array.from({ length: 19 }, () => ({ email: sprayed(), address: seen, succeeded: false })),
    });
    const first = await viaProxy("198.51.100.1", seen);
    expect(await verifyCredentials({ email: sprayed(), password: "guess" }, first)).toEqual({ status: "invalid" });
    // A new made-up address per request used to be a new bucket; it is still the same one.
    const user = await createTestUser();
    const spoofed = await viaProxy(`198.51.100.${Math.floor(Math.random() * 200) + 2}`, seen);
    expect(await verifyCredentials({ email: user.email, password: "test-password" }, spoofed)).toMatchObject({
      status: "throttled",
    });
  });
});

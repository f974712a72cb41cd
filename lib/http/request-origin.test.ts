import { describe, expect, it } from "vitest";
import { requestOrigin } from "@/lib/http/request-origin";

const NEXT_URL = "http://localhost:3000/api/auth/callback/credentials";
const headers = (entries: Record<string, string>) => new Headers(entries);

describe("requestOrigin", () => {
  it("is the Host the client used, not the name Next.js gives itself", () => {
    expect(requestOrigin(headers({ host: "192.168.1.20:3000" }), NEXT_URL, {})).toBe("http://192.168.1.20:3000");
    expect(requestOrigin(headers({ host: "127.0.0.1:3000" }), NEXT_URL, {})).toBe("http://127.0.0.1:3000");
    expect(requestOrigin(headers({ host: "[::1]:3000" }), NEXT_URL, {})).toBe("http://[::1]:3000");
  });

  it("is AUTH_URL's origin when the deployment sets one", () => {
    const env = { AUTH_URL: "https://factmark.example.org/some/path" };
    expect(requestOrigin(headers({ host: "10.0.0.5:3000" }), NEXT_URL, env)).toBe("https://factmark.example.org");
  });

  it("believes forwarded host and scheme only behind trusted proxies", () => {
    const forwarded = headers({ host: "10.0.0.5:3000", "x-forwarded-host": "desk.example", "x-forwarded-proto": "https" });
    expect(requestOrigin(forwarded, NEXT_URL, {})).toBe("http://10.0.0.5:3000");
    expect(requestOrigin(forwarded, NEXT_URL, { TRUSTED_PROXY_HOPS: "1" })).toBe("https://desk.example");
  });

  it("ignores a Host that is not a host", () => {
    for (const host of ["evil.example/path", "a b", "x@y", ""]) {
      expect(requestOrigin(headers(host ? { host } : {}), NEXT_URL, {})).toBe("http://localhost:3000");
    }
  });
});

// OAuth providers are switched on by the environment, and only provider-verified emails map to
// a User. Real OAuth needs the internet; this checks the switch and the email rule.
import { describe, expect, it } from "vitest";
import { getOAuthProviderInfo, getOAuthProviders, getVerifiedEmail } from "@/lib/auth/providers";

const providerIds = (env: Record<string, string>) =>
  getOAuthProviders(env).map((provider) => (typeof provider === "function" ? provider() : provider).id);

describe("OAuth providers", () => {
  it("are absent without configuration: credentials only", () => {
    expect(getOAuthProviderInfo({})).toEqual([]);
    expect(providerIds({})).toEqual([]);
  });

  it("need both the id and the secret", () => {
    expect(providerIds({ AUTH_GITHUB_ID: "id" })).toEqual([]);
    expect(providerIds({ AUTH_GOOGLE_SECRET: "secret" })).toEqual([]);
  });

  it("appear one by one as their variables are set", () => {
    expect(providerIds({ AUTH_GITHUB_ID: "id", AUTH_GITHUB_SECRET: "secret" })).toEqual(["github"]);
    expect(providerIds({ AUTH_GOOGLE_ID: "id", AUTH_GOOGLE_SECRET: "secret" })).toEqual(["google"]);
    const both = { AUTH_GITHUB_ID: "a", AUTH_GITHUB_SECRET: "b", AUTH_GOOGLE_ID: "c", AUTH_GOOGLE_SECRET: "d" };
    expect(providerIds(both)).toEqual(["github", "google"]);
    expect(getOAuthProviderInfo(both)).toEqual([
      { id: "github", name: "GitHub" },
      { id: "google", name: "Google" },
    ]);
  });

  it("are given the configured client id and secret", () => {
    const [github] = getOAuthProviders({ AUTH_GITHUB_ID: "gh-id", AUTH_GITHUB_SECRET: "gh-secret" });
    const options = (typeof github === "function" ? github() : github!).options as Record<string, unknown>;
    expect(options).toMatchObject({ clientId: "gh-id", clientSecret: "gh-secret" });
  });
});

describe("getVerifiedEmail", () => {
  it("accepts only an email the provider says it verified, lower-cased", () => {
    expect(getVerifiedEmail({ email: "Nia@Example.com", email_verified: true })).toBe("nia@example.com");
    expect(getVerifiedEmail({ email: "nia@example.com", email_verified: false })).toBeNull();
    expect(getVerifiedEmail({ email: "nia@example.com" })).toBeNull();
    expect(getVerifiedEmail({ email: null, email_verified: true })).toBeNull();
    expect(getVerifiedEmail(undefined)).toBeNull();
  });
});

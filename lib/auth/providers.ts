// OAuth providers, switched on by the environment: GitHub with AUTH_GITHUB_ID and
// AUTH_GITHUB_SECRET, Google with AUTH_GOOGLE_ID and AUTH_GOOGLE_SECRET. Without them the app
// offers email and password only. Read here rather than in lib/env.ts because they are optional
// and only Auth.js's configuration needs them.
import type { Profile } from "next-auth";
import type { Provider } from "next-auth/providers";
import GitHub from "next-auth/providers/github";
import Google from "next-auth/providers/google";

type Env = Record<string, string | undefined>;

export type OAuthProviderId = "github" | "google";

export interface OAuthProviderInfo {
  id: OAuthProviderId;
  name: string;
}

/** The OAuth providers whose id and secret are both set, for the login page's buttons. */
export function getOAuthProviderInfo(env: Env = process.env): OAuthProviderInfo[] {
  const configured: OAuthProviderInfo[] = [];
  if (env.AUTH_GITHUB_ID && env.AUTH_GITHUB_SECRET) configured.push({ id: "github", name: "GitHub" });
  if (env.AUTH_GOOGLE_ID && env.AUTH_GOOGLE_SECRET) configured.push({ id: "google", name: "Google" });
  return configured;
}

/** The Auth.js providers for getOAuthProviderInfo's list. */
export function getOAuthProviders(env: Env = process.env): Provider[] {
  return getOAuthProviderInfo(env).map(({ id }) =>
    id === "github"
      ? GitHub({ clientId: env.AUTH_GITHUB_ID, clientSecret: env.AUTH_GITHUB_SECRET, userinfo: githubUserinfo })
      : Google({ clientId: env.AUTH_GOOGLE_ID, clientSecret: env.AUTH_GOOGLE_SECRET }),
  );
}

/**
 * The email an OAuth profile vouches for, or null. Google says so itself (email_verified);
 * for GitHub, githubUserinfo below sets the same flag.
 */
export function getVerifiedEmail(profile: Profile | undefined): string | null {
  if (profile?.email_verified !== true || typeof profile.email !== "string") return null;
  return profile.email.trim().toLowerCase() || null;
}

const GITHUB_API = "https://api.github.com";

/**
 * Auth.js's GitHub provider falls back to the primary address whether or not GitHub verified it.
 * An unverified address could be anyone's, and we match accounts by email, so ask for the list
 * and take the primary address only when it is verified.
 */
const githubUserinfo = {
  url: `${GITHUB_API}/user`,
  async request({ tokens }: { tokens: { access_token?: string } }) {
    const headers = { Authorization: `Bearer ${tokens.access_token}`, "User-Agent": "factmark" };
    const profile = (await (await fetch(`${GITHUB_API}/user`, { headers })).json()) as Profile;
    const response = await fetch(`${GITHUB_API}/user/emails`, { headers });
    const emails = response.ok
      ? ((await response.json()) as { email: string; primary: boolean; verified: boolean }[])
      : [];
    const primary = emails.find((entry) => entry.primary && entry.verified);
    return { ...profile, email: primary?.email ?? null, email_verified: Boolean(primary) };
  },
};

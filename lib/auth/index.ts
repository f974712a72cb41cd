import NextAuth, { type DefaultSession } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getOAuthProviders, getVerifiedEmail } from "@/lib/auth/providers";
import { bumpSessionVersion, isSessionCurrent } from "@/lib/auth/session-queries";
import { SignInThrottled } from "@/lib/auth/sign-in-errors";
import { getClientAddress } from "@/lib/http/client-address";
import { isDatabaseUnavailable } from "@/lib/http/database-unavailable";
import { upsertUserByVerifiedEmail } from "@/lib/users/mutations";
import { verifyCredentials } from "@/lib/users/verify-credentials";

declare module "next-auth" {
  interface Session {
    user: { id: string } & DefaultSession["user"];
    /** The database could not be asked whether the session still stands (lib/auth/viewer.ts answers 503). */
    unverified?: boolean;
  }
  interface User {
    sessionVersion?: number;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    /** The user's sessionVersion at sign-in (lib/auth/session-queries.ts). */
    sessionVersion?: number;
    /** Set for this request only, while the database is unreachable. */
    unverified?: boolean;
  }
}

/**
 * 12 hours, sliding: a newsroom shift never runs into it (proxy.ts re-issues the cookie on every
 * page load, so activity extends it), while a laptop left at the desk overnight signs in again in
 * the morning. Auth.js's `updateAge` only throttles database-session writes; with JWTs it has no
 * effect, so it is not set.
 */
export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

export const { handlers, auth, signIn, signOut } = NextAuth({
  // Behind the start script the app is reached on whatever host the user typed.
  trustHost: true,
  // The Credentials provider only works with JWT sessions.
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    Credentials({
      credentials: { email: { label: "Email" }, password: { label: "Password", type: "password" } },
      // The client's address, decided from the socket (lib/http/client-address.ts), is what the
      // sign-in throttle counts by.
      async authorize(raw, request) {
        const result = await verifyCredentials(raw, getClientAddress(request.headers));
        if (result.status === "throttled") throw new SignInThrottled(result.retryAfterMinutes);
        return result.status === "ok" ? result.user : null;
      },
    }),
    ...getOAuthProviders(),
  ],
  callbacks: {
    // OAuth: without a database adapter Auth.js knows the person only by the provider's id, while
    // everything here (memberships, claims, audit) hangs off our User id. So an OAuth sign-in is
    // accepted only with a provider-verified email, that email is upserted as a User, and the
    // User's id becomes token.sub, exactly as a password sign-in's would.
    signIn({ account, profile }) {
      if (!account || account.type === "credentials") return true;
      return getVerifiedEmail(profile) !== null;
    },
    async jwt({ token, user, account, profile }) {
      if (account?.type === "credentials") return { ...token, sessionVersion: user?.sessionVersion };
      if (account) {
        const email = getVerifiedEmail(profile);
        if (!email) return null;
        const row = await upsertUserByVerifiedEmail(email, profile?.name);
        return { ...token, sub: row.id, name: row.name, email: row.email, sessionVersion: row.sessionVersion };
      }
      // Every later use of the token: a bumped version (or a deleted user) means signed out, and
      // returning null makes Auth.js clear the cookie.
      const { unverified: _, ...current } = token;
      if (!current.sub) return null;
      try {
        return (await isSessionCurrent(current.sub, current.sessionVersion)) ? current : null;
      } catch (error) {
        // A database outage neither confirms nor refuses the session: the cookie stays (a restart
        // must not sign the desk out) and the request is answered 503, not as signed out.
        if (isDatabaseUnavailable(error)) return { ...current, unverified: true };
        throw error;
      }
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      if (token.unverified) session.unverified = true;
      return session;
    },
  },
  events: {
    // Signing out ends every session of the person, not only this browser's: the token cannot
    // be recalled from wherever else it was copied. A stale token's sign-out changes nothing.
    async signOut(message) {
      const token = "token" in message ? message.token : null;
      if (token?.sub && (await isSessionCurrent(token.sub, token.sessionVersion))) {
        await bumpSessionVersion(token.sub);
      }
    },
  },
});

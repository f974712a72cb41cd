import NextAuth, { type DefaultSession } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getOAuthProviders, getVerifiedEmail } from "@/lib/auth/providers";
import { SignInThrottled } from "@/lib/auth/sign-in-errors";
import { upsertUserByVerifiedEmail } from "@/lib/users/mutations";
import { getClientAddress } from "@/lib/users/sign-in-throttle";
import { verifyCredentials } from "@/lib/users/verify-credentials";

declare module "next-auth" {
  interface Session {
    user: { id: string } & DefaultSession["user"];
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  // Behind the start script the app is reached on whatever host the user typed.
  trustHost: true,
  // The Credentials provider only works with JWT sessions.
  session: { strategy: "jwt" },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    Credentials({
      credentials: { email: { label: "Email" }, password: { label: "Password", type: "password" } },
      // The request carries the client's address, which the sign-in throttle counts by.
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
    async jwt({ token, account, profile }) {
      if (!account || account.type === "credentials") return token;
      const email = getVerifiedEmail(profile);
      if (!email) return null;
      const user = await upsertUserByVerifiedEmail(email, profile?.name);
      return { ...token, sub: user.id, name: user.name, email: user.email };
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
});

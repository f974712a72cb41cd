import "@/app/_components/sign-in.css";
import type { Metadata } from "next";
import Link from "next/link";
import { getOAuthProviderInfo } from "@/lib/auth/providers";
import { getViewer } from "@/lib/auth/viewer";
import { hasAnyUser } from "@/lib/setup/queries";
import { oauthSignInAction } from "./actions";
import { LoginForm } from "./login-form";

export const metadata: Metadata = { title: "Sign in" };

type Search = { next?: string; error?: string; code?: string };

// Auth.js redirects here with ?error= (and ?code= for credentials); app/page.tsx with no-workspace.
function describeError({ error, code }: Search): string | null {
  if (!error) return null;
  if (error === "CredentialsSignin" && code === "throttled")
    return "Too many failed sign-ins; try again in a few minutes.";
  if (error === "CredentialsSignin") return "That email and password do not match an account.";
  if (error === "AccessDenied") return "That account has no verified email address, so it cannot sign in here.";
  if (error === "no-workspace") return null;
  return "Signing in did not work. Try again, or use your email and password.";
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<Search> }) {
  const search = await searchParams;
  const next = search.next ?? "/";
  const providers = getOAuthProviderInfo();
  const viewer = search.error === "no-workspace" ? await getViewer() : null;
  // A database outage must not take the sign-in page down with it: then no set-up hint.
  const isFirstRun = !(await hasAnyUser().catch(() => true));
  return (
    <main className="login-page">
      <section className="login-card">
        <h1 className="wordmark">
          Fact<span>mark</span>
        </h1>
        <p className="muted">Check claims together, on deadline.</p>
        {isFirstRun && (
          <div className="login-notice" role="status">
            <p>Nobody has an account yet.</p>
            <Link href="/setup" className="button primary small">
              Set up Factmark
            </Link>
          </div>
        )}
        {viewer && (
          <div className="login-notice" role="status">
            <p>
              You are signed in as {viewer.email} but not a member of any workspace yet. Open an invite link from your
              editor, or start your own.
            </p>
            <Link href="/workspaces/new" className="button primary small">
              Create a workspace
            </Link>
          </div>
        )}
        <LoginForm next={next} initialError={describeError(search)} />
        {providers.length > 0 && (
          <div className="oauth-buttons">
            <p className="oauth-divider">
              <span>or</span>
            </p>
            {providers.map((provider) => (
              <form key={provider.id} action={oauthSignInAction}>
                <input type="hidden" name="provider" value={provider.id} />
                <input type="hidden" name="next" value={next} />
                <button type="submit" className="button oauth-button">
                  Continue with {provider.name}
                </button>
              </form>
            ))}
          </div>
        )}
      </section>
    </main>
  );
}

import "@/app/_components/sign-in.css";
import type { Metadata } from "next";
import Link from "next/link";
import { getResetPreview } from "@/lib/password-resets/queries";
import { MIN_PASSWORD_LENGTH } from "@/lib/users/password-policy";
import { ResetForm } from "./_components/reset-form";

// The link is a secret: keep it out of search engines.
export const metadata: Metadata = { title: "Set a new password", robots: { index: false, follow: false } };

const dead = {
  unknown: [
    "This reset link does not work",
    "Check that you copied the whole link, or ask your workspace's owner for a new one.",
  ],
  used: ["This reset link has already been used", "Each link works once. Ask your workspace's owner for a new one."],
  expired: ["This reset link has expired", "Ask your workspace's owner for a new one."],
} as const;

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const preview = await getResetPreview(token);
  return (
    <main className="login-page">
      <section className="login-card invite-card">
        <Link href="/" className="wordmark small">
          Fact<span>mark</span>
        </Link>
        {preview.status === "usable" ? (
          <>
            <h1 className="invite-title">Set a new password</h1>
            <p className="muted small">For {preview.email}. Every session of this account will be signed out.</p>
            <ResetForm token={token} minLength={MIN_PASSWORD_LENGTH} />
          </>
        ) : (
          <>
            <h1 className="invite-title">{dead[preview.status][0]}</h1>
            <p className="muted">{dead[preview.status][1]}</p>
            <Link href="/login" className="button primary">
              Go to sign in
            </Link>
          </>
        )}
      </section>
    </main>
  );
}

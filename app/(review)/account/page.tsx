import "./account.css";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getViewer } from "@/lib/auth/viewer";
import { MIN_PASSWORD_LENGTH } from "@/lib/users/password-policy";
import { ChangePasswordForm } from "./_components/change-password-form";
import { SignOutEverywhere } from "./_components/sign-out-everywhere";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  const viewer = await getViewer();
  if (!viewer) redirect("/login?next=/account");
  return (
    <main className="page account-page">
      <h1 className="page-title">Your account</h1>
      <p className="muted">
        Signed in as {viewer.name} ({viewer.email})
      </p>
      <section className="account-section" aria-labelledby="password-heading">
        <h2 id="password-heading">Change password</h2>
        <p className="muted small">Every other browser signed in as you is signed out; this one stays signed in.</p>
        <ChangePasswordForm minLength={MIN_PASSWORD_LENGTH} />
      </section>
      <section className="account-section" aria-labelledby="sessions-heading">
        <h2 id="sessions-heading">Sessions</h2>
        <p className="muted small">
          Left yourself signed in on a shared or lost computer? This ends every session, this one included.
        </p>
        <SignOutEverywhere />
      </section>
    </main>
  );
}

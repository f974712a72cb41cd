import "@/app/_components/sign-in.css";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasAnyUser } from "@/lib/setup/queries";
import { SetupForm } from "./setup-form";

export const metadata: Metadata = { title: "Set up Factmark" };
// Whether anyone has an account is asked on every request: never a page cached from before.
export const dynamic = "force-dynamic";

/** The first run only: creates the first owner. Gone (404) once anyone has an account. */
export default async function SetupPage() {
  if (await hasAnyUser()) notFound();
  return (
    <main className="login-page">
      <section className="login-card">
        <h1 className="wordmark">
          Fact<span>mark</span>
        </h1>
        <p className="muted">
          Nobody has an account yet. Create the first owner and their workspace; invite the desk from there.
        </p>
        <SetupForm />
      </section>
    </main>
  );
}

import type { Metadata } from "next";
import { LoginForm } from "./login-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const { next } = await searchParams;
  return (
    <main className="login-page">
      <section className="login-card">
        <h1 className="wordmark">
          Fact<span>mark</span>
        </h1>
        <p className="muted">Check claims together, on deadline.</p>
        <LoginForm next={next ?? "/"} />
      </section>
    </main>
  );
}

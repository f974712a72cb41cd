// The frame of a page reached through a secret link (an invitation, a password reset): the
// wordmark on a card, and what the page says when the link cannot be used.
import "@/app/_components/sign-in.css";
import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";

/** The link is a secret: keep it out of search engines. */
export const tokenPageMetadata = (title: string): Metadata => ({ title, robots: { index: false, follow: false } });

export function TokenPageFrame({ children }: { children: ReactNode }) {
  return (
    <main className="login-page">
      <section className="login-card invite-card">
        <Link href="/" className="wordmark small">
          Fact<span>mark</span>
        </Link>
        {children}
      </section>
    </main>
  );
}

interface NoticeProps {
  title: string;
  children: ReactNode;
  /** Where to go from here; Factmark's home unless said. */
  action?: { href: string; label: string };
}

/** The link is unknown, used, expired or otherwise of no use: why, and one way on. */
export function TokenPageNotice({ title, children, action }: NoticeProps) {
  return (
    <>
      <h1 className="invite-title">{title}</h1>
      <p className="muted">{children}</p>
      <Link href={action?.href ?? "/"} className="button primary">
        {action?.label ?? "Go to Factmark"}
      </Link>
    </>
  );
}

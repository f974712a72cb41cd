import "@fontsource-variable/inter";
import "@fontsource-variable/source-serif-4";
import "./globals.css";
import "./controls.css";
import type { Metadata } from "next";
import { headers } from "next/headers";
import type { ReactNode } from "react";

export const metadata: Metadata = {
  title: { default: "Factmark", template: "%s · Factmark" },
  description: "Fact-check articles together: mark claims, give verdicts, attach evidence.",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page renders per request: its scripts must carry this response's CSP nonce (proxy.ts),
  // which a page prerendered at build time could not.
  await headers();
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}

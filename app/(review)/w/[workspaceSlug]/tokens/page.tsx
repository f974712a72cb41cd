import "./tokens.css";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { loadOr404 } from "@/app/_components/load-or-404";
import { getViewer } from "@/lib/auth/viewer";
import { MAX_TOKEN_DAYS } from "@/lib/tokens/schema";
import { listTokens } from "@/lib/tokens/queries";
import { TokenPanel } from "./_components/token-panel";

export const metadata: Metadata = { title: "API tokens" };

/** The viewer's personal access tokens for this workspace. Any member. */
export default async function TokensPage({ params }: { params: Promise<{ workspaceSlug: string }> }) {
  const { workspaceSlug } = await params;
  const viewer = await getViewer();
  if (!viewer) redirect("/login");
  const tokens = await loadOr404(() => listTokens(viewer, workspaceSlug));
  if (!tokens) notFound();
  return (
    <main className="page tokens-page">
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <Link href={`/w/${workspaceSlug}`}>Articles</Link> › API tokens
      </nav>
      <h1 className="page-title">API tokens</h1>
      <p className="muted">
        A token lets a script or another tool use the <Link href="/docs">Factmark API</Link> as you, in this workspace
        only, with the role you hold here. Send it as <code>Authorization: Bearer &lt;token&gt;</code>. Revoke a token
        you no longer need; it also stops working if you leave the workspace.
      </p>
      <TokenPanel workspaceSlug={workspaceSlug} tokens={tokens} maxDays={MAX_TOKEN_DAYS} />
    </main>
  );
}

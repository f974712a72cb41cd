import Link from "next/link";
import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { signOut } from "@/lib/auth";
import { getViewer } from "@/lib/auth/viewer";
import { listViewerWorkspaces } from "@/lib/workspaces/member-queries";
import { WorkspaceNav } from "./_components/workspace-nav";

export default async function ReviewLayout({ children }: { children: ReactNode }) {
  const viewer = await getViewer();
  if (!viewer) redirect("/login");
  const workspaces = await listViewerWorkspaces(viewer);
  return (
    <div className="app-shell">
      <header className="topbar">
        <div className="topbar-start">
          <Link href="/" className="wordmark small">
            Fact<span>mark</span>
          </Link>
          <WorkspaceNav workspaces={workspaces} />
        </div>
        <div className="topbar-user">
          <span className="muted">{viewer.name}</span>
          <Link href="/account" className="button ghost small">
            Account
          </Link>
          <form
            action={async () => {
              "use server";
              await signOut({ redirectTo: "/login" });
            }}
          >
            <button type="submit" className="button ghost small">
              Sign out
            </button>
          </form>
        </div>
      </header>
      {children}
    </div>
  );
}

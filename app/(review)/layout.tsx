import Link from "next/link";
import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { signOut } from "@/lib/auth";
import { getViewer } from "@/lib/auth/viewer";

export default async function ReviewLayout({ children }: { children: ReactNode }) {
  const viewer = await getViewer();
  if (!viewer) redirect("/login");
  return (
    <div className="app-shell">
      <header className="topbar">
        <Link href="/" className="wordmark small">
          Fact<span>mark</span>
        </Link>
        <div className="topbar-user">
          <span className="muted">{viewer.name}</span>
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

import type { Metadata } from "next";
import { NewWorkspaceForm } from "./_components/new-workspace-form";

export const metadata: Metadata = { title: "New workspace" };

// The (review) layout has already sent anyone signed out to /login.
export default function NewWorkspacePage() {
  return (
    <main className="page narrow">
      <h1 className="page-title">New workspace</h1>
      <p className="muted">
        A workspace is one desk&apos;s articles and people. You will be its owner, and can invite others from its
        Members page.
      </p>
      <NewWorkspaceForm />
    </main>
  );
}

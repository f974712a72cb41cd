import "./import.css";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { loadOr404 } from "@/app/_components/load-or-404";
import { getImportAccess } from "@/lib/articles/import-article";
import { getViewer } from "@/lib/auth/viewer";
import { ImportForm } from "./_components/import-form";

export const metadata: Metadata = { title: "Import article" };

export default async function ImportPage({ params }: { params: Promise<{ workspaceSlug: string }> }) {
  const { workspaceSlug } = await params;
  const viewer = await getViewer();
  if (!viewer) redirect("/login");
  const access = await loadOr404(() => getImportAccess(viewer, workspaceSlug));
  if (!access) notFound();

  return (
    <main className="page import-page">
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <Link href={`/w/${access.workspace.slug}`}>{access.workspace.name}</Link>
      </nav>
      <header className="page-header">
        <div>
          <h1 className="page-title">Import article</h1>
          <p className="muted">Paste or upload plain text, Markdown or HTML. Scripts, styles and embeds are removed.</p>
        </div>
      </header>
      {access.canImport ? (
        <ImportForm workspaceSlug={access.workspace.slug} />
      ) : (
        <p role="alert" className="form-error">
          Only editors and owners can import articles.
        </p>
      )}
    </main>
  );
}

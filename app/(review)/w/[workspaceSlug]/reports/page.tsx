import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { loadOr404 } from "@/app/_components/load-or-404";
import { getViewer } from "@/lib/auth/viewer";
import { getWorkspaceReport } from "@/lib/reports/queries";
import { getRequestOrigin, readReportFilters } from "./_components/load-report-page";
import { ReportView } from "./_components/report-view";

export const metadata: Metadata = { title: "Workspace report" };

interface Props {
  params: Promise<{ workspaceSlug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** Every article's claims in one report, to read, print or download. Any member. */
export default async function WorkspaceReportPage({ params, searchParams }: Props) {
  const { workspaceSlug } = await params;
  const viewer = await getViewer();
  if (!viewer) redirect("/login");
  const { filters, filterError } = await readReportFilters(searchParams);
  const baseUrl = await getRequestOrigin();
  const model = await loadOr404(() => getWorkspaceReport(viewer, workspaceSlug, filters, { baseUrl }));
  if (!model) notFound();
  return (
    <ReportView
      model={model}
      apiPath={`/api/v1/workspaces/${encodeURIComponent(workspaceSlug)}`}
      pageHref={`/w/${workspaceSlug}/reports`}
      breadcrumbs={[{ href: `/w/${workspaceSlug}`, label: model.workspace.name }, { label: "Workspace report" }]}
      filterError={filterError}
    />
  );
}

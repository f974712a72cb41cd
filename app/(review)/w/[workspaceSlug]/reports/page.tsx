import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { loadOr404 } from "@/app/_components/load-or-404";
import { Pager } from "@/app/_components/pager";
import { getViewer } from "@/lib/auth/viewer";
import { toQueryString } from "@/lib/reports/filters";
import { getWorkspaceReportPage } from "@/lib/reports/queries";
import { getRequestOrigin, readReportFilters } from "./_components/load-report-page";
import { ReportView } from "./_components/report-view";

export const metadata: Metadata = { title: "Workspace report" };

interface Props {
  params: Promise<{ workspaceSlug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/**
 * Every article's claims, to read, print or download: the summary over the whole workspace, the
 * articles a page at a time (the URL keeps the position and the filters). Any member.
 */
export default async function WorkspaceReportPage({ params, searchParams }: Props) {
  const { workspaceSlug } = await params;
  const viewer = await getViewer();
  if (!viewer) redirect("/login");
  const { filters, filterError, page } = await readReportFilters(searchParams);
  const baseUrl = await getRequestOrigin();
  const loaded = await loadOr404(() => getWorkspaceReportPage(viewer, workspaceSlug, filters, { baseUrl }, page));
  if (!loaded) notFound();
  const { model, nextCursor, previousCursor } = loaded;
  const href = (position: Record<string, string>) =>
    `?${[toQueryString(filters), new URLSearchParams(position).toString()].filter(Boolean).join("&")}`;
  return (
    <ReportView
      model={model}
      workspaceSlug={workspaceSlug}
      apiPath={`/api/v1/workspaces/${encodeURIComponent(workspaceSlug)}`}
      pageHref={`/w/${workspaceSlug}/reports`}
      breadcrumbs={[{ href: `/w/${workspaceSlug}`, label: model.workspace.name }, { label: "Workspace report" }]}
      filterError={filterError}
      pager={
        <Pager
          label="Report pages"
          previousHref={previousCursor && href({ before: previousCursor })}
          nextHref={nextCursor && href({ cursor: nextCursor })}
          previousText="Previous articles"
          nextText="Next articles"
        />
      }
    />
  );
}

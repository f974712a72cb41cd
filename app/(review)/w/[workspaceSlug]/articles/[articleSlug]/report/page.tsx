import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { loadOr404 } from "@/app/_components/load-or-404";
import { getViewer } from "@/lib/auth/viewer";
import { getArticleReportBySlug } from "@/lib/reports/queries";
import { getRequestOrigin, readReportFilters } from "../../../reports/_components/load-report-page";
import { ReportView } from "../../../reports/_components/report-view";

type Params = { workspaceSlug: string; articleSlug: string };
type SearchParams = Record<string, string | string[] | undefined>;

interface Props {
  params: Promise<Params>;
  searchParams: Promise<SearchParams>;
}

// Metadata and page both need the report: build it once per request.
const loadReport = cache(async (workspaceSlug: string, articleSlug: string, searchParams: Promise<SearchParams>) => {
  const viewer = await getViewer();
  if (!viewer) redirect("/login");
  const { filters, filterError } = await readReportFilters(searchParams);
  const baseUrl = await getRequestOrigin();
  const model = await loadOr404(() => getArticleReportBySlug(viewer, workspaceSlug, articleSlug, filters, { baseUrl }));
  return model && { model, filterError };
});

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { workspaceSlug, articleSlug } = await params;
  const loaded = await loadReport(workspaceSlug, articleSlug, searchParams);
  return { title: loaded ? `Report: ${loaded.model.articles[0]!.title}` : "Report" };
}

/** An article's annotated report, to read, print or download. Any member. */
export default async function ArticleReportPage({ params, searchParams }: Props) {
  const { workspaceSlug, articleSlug } = await params;
  const loaded = await loadReport(workspaceSlug, articleSlug, searchParams);
  if (!loaded) notFound();
  const { model, filterError } = loaded;
  const article = model.articles[0]!;
  return (
    <ReportView
      model={model}
      apiPath={`/api/v1/articles/${encodeURIComponent(article.id)}`}
      pageHref={`/w/${workspaceSlug}/articles/${articleSlug}/report`}
      breadcrumbs={[
        { href: `/w/${workspaceSlug}`, label: model.workspace.name },
        { href: `/w/${workspaceSlug}/articles/${articleSlug}`, label: article.title },
        { label: "Report" },
      ]}
      filterError={filterError}
    />
  );
}

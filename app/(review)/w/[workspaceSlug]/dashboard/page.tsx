import "./dashboard.css";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { readArticleFilter } from "@/app/_components/article-filter";
import { ArticlePicker } from "@/app/_components/article-picker";
import { loadOr404 } from "@/app/_components/load-or-404";
import { ProgressBar } from "@/app/_components/progress-bar";
import { getViewer } from "@/lib/auth/viewer";
import { getDashboard } from "@/lib/dashboard/queries";
import { dashboardQuerySchema } from "@/lib/dashboard/schema";
import { readFiltersForPage } from "@/lib/http/query";
import { DataTable } from "./_components/data-table";
import { ReviewerChart } from "./_components/reviewer-chart";
import { TimelineChart } from "./_components/timeline-chart";
import { VerdictChart } from "./_components/verdict-chart";
import { VERDICT_LABELS } from "@/lib/verdicts/rules";

export const metadata: Metadata = { title: "Dashboard" };

interface Props {
  params: Promise<{ workspaceSlug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** Review figures for the workspace, or one article (?article=slug). Any member. */
export default async function DashboardPage({ params, searchParams }: Props) {
  const { workspaceSlug } = await params;
  const viewer = await getViewer();
  if (!viewer) redirect("/login");
  const loaded = await loadOr404(async () => {
    const picked = await readArticleFilter(viewer, workspaceSlug, `/w/${workspaceSlug}/dashboard`, await searchParams);
    const { query, error } = readFiltersForPage(dashboardQuerySchema, picked.query, {});
    const dashboard = await getDashboard(viewer, workspaceSlug, query.article);
    return { dashboard, picked, filterError: error ?? picked.error };
  });
  if (!loaded) notFound();
  const { dashboard, picked, filterError } = loaded;
  const percent = dashboard.total === 0 ? 0 : Math.round((dashboard.reviewed / dashboard.total) * 100);
  const scope = dashboard.article ? `“${dashboard.article.title}”` : `all ${dashboard.articleCount} articles`;

  return (
    <main className="page dash-page">
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <Link href={`/w/${workspaceSlug}`}>{dashboard.workspace.name}</Link> › Dashboard
      </nav>
      <header className="page-header">
        <div>
          <h1 className="page-title">Dashboard</h1>
          <p className="muted">Review figures for {scope}</p>
        </div>
        {/* A plain GET form: works without JavaScript, and the URL names the article for sharing. */}
        <form className="dash-picker" method="get" action={`/w/${workspaceSlug}/dashboard`}>
          <ArticlePicker
            key={dashboard.article?.slug ?? picked.typed ?? ""}
            workspaceSlug={workspaceSlug}
            name="article"
            label="Article"
            placeholder="All articles"
            chosen={dashboard.article}
            typed={picked.typed}
          />
          <button type="submit" className="button">
            Show
          </button>
        </form>
      </header>

      {filterError && (
        <p className="form-error" role="alert">
          {filterError}. The figures are for the whole workspace.
        </p>
      )}
      <section className="dash-card dash-progress" aria-labelledby="dash-progress">
        <h2 id="dash-progress">Review progress</h2>
        <p className="dash-figure">
          <strong>{percent}%</strong> reviewed
          <span className="muted">
            {" "}
            · {dashboard.reviewed} of {dashboard.total} {dashboard.total === 1 ? "claim" : "claims"} have a verdict
          </span>
        </p>
        <ProgressBar value={dashboard.reviewed} max={dashboard.total} label="Claims reviewed" />
      </section>

      <div className="dash-grid">
        <section className="dash-card" aria-labelledby="dash-verdicts">
          <h2 id="dash-verdicts">Claims by verdict</h2>
          <VerdictChart verdicts={dashboard.verdicts} />
          <DataTable
            caption="Claims by verdict"
            head={["Verdict", "Claims", "Share"]}
            rows={dashboard.verdicts.map((row) => [
              VERDICT_LABELS[row.verdict],
              row.count,
              dashboard.total === 0 ? "–" : `${Math.round((row.count / dashboard.total) * 100)}%`,
            ])}
          />
        </section>

        <section className="dash-card" aria-labelledby="dash-reviewers">
          <h2 id="dash-reviewers">Claims per reviewer</h2>
          {dashboard.reviewers.length === 0 ? (
            <p className="muted">No verdicts given or claims assigned yet.</p>
          ) : (
            <>
              <ReviewerChart reviewers={dashboard.reviewers} />
              <DataTable
                caption="Claims per reviewer: current verdicts they gave, and claims assigned to them still unreviewed"
                head={["Reviewer", "Current verdicts given", "Assigned, still open"]}
                rows={dashboard.reviewers.map((row) => [row.name, row.judged, row.assignedOpen])}
              />
            </>
          )}
        </section>
      </div>

      <section className="dash-card" aria-labelledby="dash-days">
        <h2 id="dash-days">Claims over time</h2>
        {dashboard.days.length === 0 ? (
          <p className="muted">Nothing marked yet.</p>
        ) : (
          <>
            <TimelineChart days={dashboard.days} />
            <DataTable
              caption="Claims marked and verdicts given per day (UTC)"
              head={["Day", "Claims marked", "Verdicts given"]}
              rows={dashboard.days.map((row) => [row.day, row.marked, row.judged])}
              scrolls={dashboard.days.length > 10}
            />
          </>
        )}
      </section>
    </main>
  );
}

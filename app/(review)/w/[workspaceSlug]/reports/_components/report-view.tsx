import "./report-view.css";
// The report page of an article or a workspace: filters and downloads around the report itself,
// which is the same HTML the downloadable file holds (lib/exports/render-html.ts escapes every
// value, which is what makes inserting it as HTML safe). Printing drops everything but the report.
import Link from "next/link";
import type { ReactNode } from "react";
import { renderReportBody } from "@/lib/exports/render-html";
import { REPORT_CSS } from "@/lib/exports/report-css";
import { toQueryString, type ReportFormat } from "@/lib/reports/filters";
import type { ReportModel } from "@/lib/reports/model";
import { VERDICT_LABELS, VERDICTS } from "@/lib/verdicts/rules";
import { FilterSelect } from "@/app/_components/filter-select";
import { DownloadButton } from "./download-button";
import { PdfJobButton } from "./pdf-job-button";
import { PrintButton } from "./print-button";

interface Props {
  model: ReportModel;
  /** For a workspace's report: its PDF is made in the background (PdfJobButton). */
  workspaceSlug?: string;
  /** The API resource the downloads come from: /api/v1/articles/<id> or /api/v1/workspaces/<slug>. */
  apiPath: string;
  /** This page without filters. */
  pageHref: string;
  breadcrumbs: { href?: string; label: string }[];
  filterError: string | null;
  /** The workspace report's previous and next pages of articles. */
  pager?: ReactNode;
}

const DOWNLOADS: [ReportFormat, string][] = [
  ["pdf", "PDF"],
  ["html", "HTML"],
  ["md", "Markdown"],
  ["csv", "CSV"],
];

export function ReportView({ model, workspaceSlug, apiPath, pageHref, breadcrumbs, filterError, pager }: Props) {
  const { filters } = model;
  return (
    <main className="report-page">
      <nav className="breadcrumbs report-chrome" aria-label="Breadcrumbs">
        {breadcrumbs.map((crumb, index) => (
          <span key={crumb.label} className="breadcrumb">
            {index > 0 && <span aria-hidden="true">/ </span>}
            {crumb.href ? <Link href={crumb.href}>{crumb.label}</Link> : crumb.label}
          </span>
        ))}
      </nav>
      <section className="report-toolbar report-chrome" aria-label="Report options">
        {filterError && <p className="form-error">Filters not applied. {filterError}</p>}
        <form className="filters report-filters" method="get">
          <FilterSelect
            name="verdict"
            label="Verdict"
            value={filters.verdict}
            options={VERDICTS.map((verdict) => [verdict, VERDICT_LABELS[verdict]])}
          />
          <FilterSelect
            name="reviewer"
            label="Reviewer"
            value={filters.reviewer}
            options={model.reviewers.map((person) => [person.id, person.name])}
            anyLabel="Anyone"
          />
          <label className="field">
            Verdict from
            <input type="date" name="from" defaultValue={filters.from} />
          </label>
          <label className="field">
            to
            <input type="date" name="to" defaultValue={filters.to} />
          </label>
          <button type="submit" className="button primary">
            Apply
          </button>
          <Link href={pageHref} className="button ghost">
            Clear
          </Link>
        </form>
        <div className="report-downloads">
          <span className="muted small">Download</span>
          {DOWNLOADS.map(([format, label]) =>
            format === "pdf" && workspaceSlug ? (
              <PdfJobButton key={format} workspaceSlug={workspaceSlug} filters={filters} />
            ) : (
              <DownloadButton key={format} href={`${apiPath}/report?${toQueryString(filters, format)}`} label={label} />
            ),
          )}
          <DownloadButton href={`${apiPath}/annotations`} label="Web Annotations" />
          <DownloadButton href={`${apiPath}/claimreview`} label="ClaimReview" />
          <PrintButton />
        </div>
      </section>
      <style>{REPORT_CSS}</style>
      {pager && <div className="report-chrome">{pager}</div>}
      <div className="report-sheet" dangerouslySetInnerHTML={{ __html: renderReportBody(model) }} />
      {pager && <div className="report-chrome">{pager}</div>}
    </main>
  );
}

// Report filters and formats, from a query string. Every filter is optional; an unknown
// parameter or a bad value is refused (422 naming it) rather than silently widening the report.
import { z } from "zod";
import { parseQuery } from "@/lib/http/query";
import { filterKey } from "@/lib/validation/text";
import { VERDICTS } from "@/lib/verdicts/rules";

export const REPORT_FORMATS = ["html", "pdf", "md", "csv"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** What each format is served as. */
export const REPORT_CONTENT_TYPES: Record<ReportFormat, string> = {
  html: "text/html; charset=utf-8",
  pdf: "application/pdf",
  md: "text/markdown; charset=utf-8",
  csv: "text/csv; charset=utf-8; header=present",
};

const filterFields = {
  verdict: z.enum(VERDICTS, { message: `must be one of ${VERDICTS.join(", ")}` }).optional(),
  /** The id of the person who gave the current verdict. */
  reviewer: filterKey("a member's id").optional(),
  /** Date range (inclusive, UTC days) of the claim's last verdict change. */
  from: z.iso.date({ message: "must be a date like 2026-01-31" }).optional(),
  to: z.iso.date({ message: "must be a date like 2026-01-31" }).optional(),
};

const isOrdered = (range: { from?: string; to?: string }) => !range.from || !range.to || range.from <= range.to;
const unordered = { message: "must not be before from", path: ["to"] };

export const reportFiltersSchema = z.strictObject(filterFields).refine(isOrdered, unordered);
export type ReportFilters = z.infer<typeof reportFiltersSchema>;

export const reportQuerySchema = z
  .strictObject({ ...filterFields, format: z.enum(REPORT_FORMATS).default("html") })
  .refine(isOrdered, unordered);
export type ReportQuery = z.infer<typeof reportQuerySchema>;

/** Parses a report's query string. Throws INVALID_INPUT naming the parameter at fault. */
export const parseReportQuery = (params: URLSearchParams): ReportQuery => parseQuery(reportQuerySchema, params);

/** Parses only the filters (where the format is chosen by the download links). Throws INVALID_INPUT. */
export const parseReportFilters = (raw: Record<string, string>): ReportFilters => parseQuery(reportFiltersSchema, raw);

/** True when a claim's last verdict change (ISO time or null) falls inside the filters' range. */
export function isInDateRange(filters: ReportFilters, verdictDate: string | null): boolean {
  if (!filters.from && !filters.to) return true;
  if (!verdictDate) return false;
  const day = verdictDate.slice(0, 10);
  return (!filters.from || day >= filters.from) && (!filters.to || day <= filters.to);
}

/** The filters as query parameters, for download links that keep them. */
export function toQueryString(filters: ReportFilters, format?: ReportFormat): string {
  const entries = Object.entries({ format, ...filters }).filter((entry): entry is [string, string] => !!entry[1]);
  return new URLSearchParams(entries).toString();
}

export const isFiltered = (filters: ReportFilters) => Object.values(filters).some(Boolean);

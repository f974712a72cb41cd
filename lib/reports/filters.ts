// Report filters and formats, from a query string. Every filter is optional; an unknown
// parameter or a bad value is refused (422 naming it) rather than silently widening the report.
import { z } from "zod";
import { fromZodError } from "@/lib/http/error-body";
import { VERDICTS } from "@/lib/verdicts/rules";

export const REPORT_FORMATS = ["html", "pdf", "md", "csv"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

const filterFields = {
  verdict: z.enum(VERDICTS, { message: `must be one of ${VERDICTS.join(", ")}` }).optional(),
  /** The id of the person who gave the current verdict. */
  reviewer: z.string().min(1).max(100).optional(),
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

/** A GET form sends empty fields for "All": they mean no filter, not an empty value. */
export function readQuery(params: URLSearchParams): Record<string, string> {
  return Object.fromEntries([...params.entries()].filter(([, value]) => value !== ""));
}

/** Parses a report's query string. Throws INVALID_INPUT naming the parameter at fault. */
export function parseReportQuery(params: URLSearchParams): ReportQuery {
  return parseWith(reportQuerySchema, readQuery(params));
}

/** Parses only the filters (pages, where the format is chosen by the download links). */
export function parseReportFilters(raw: Record<string, string>): ReportFilters {
  return parseWith(reportFiltersSchema, raw);
}

function parseWith<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw fromZodError(parsed.error);
  return parsed.data;
}

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

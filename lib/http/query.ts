// Query strings, parsed one way for the API and for pages: empty values dropped, then a zod
// schema whose values refuse NUL, lone surrogates, control characters and over-long text
// (lib/validation/text.ts). The API answers a bad value with 422 naming the parameter; a page shows
// the same message instead of crashing on what the database would refuse.
import type { z } from "zod";
import { AppError } from "@/lib/errors";
import { fromZodError } from "@/lib/http/error-body";

/** A URL's query, or a page's awaited searchParams. */
export type RawQuery = URLSearchParams | Record<string, string | string[] | undefined>;

/** A GET form sends empty fields for "All": they mean no filter. A repeated parameter counts once (the first). */
export function readQuery(params: RawQuery): Record<string, string> {
  const entries = params instanceof URLSearchParams ? [...params.entries()] : Object.entries(params);
  const query: Record<string, string> = {};
  for (const [key, value] of entries) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined && first !== "" && !(key in query)) query[key] = first;
  }
  return query;
}

/** Parses a query with `schema`. Throws INVALID_INPUT naming the parameter at fault. */
export function parseQuery<S extends z.ZodType>(schema: S, params: RawQuery): z.output<S> {
  const parsed = schema.safeParse(readQuery(params));
  if (!parsed.success) throw fromZodError(parsed.error);
  return parsed.data;
}

/**
 * For pages: the parsed query, or `fallback` with the message to show when a value is bad
 * (the page then renders unfiltered, saying why).
 */
export function readFiltersForPage<S extends z.ZodType>(
  schema: S,
  params: RawQuery,
  fallback: z.output<S>,
): { query: z.output<S>; error: string | null } {
  try {
    return { query: parseQuery(schema, params), error: null };
  } catch (error) {
    if (error instanceof AppError) return { query: fallback, error: error.message };
    throw error;
  }
}

// Cursor pagination for list endpoints: `?limit=` (default 100, at most 500) and an opaque
// `?cursor=` taken from the previous reply's `nextCursor`. The cursor is the sort key of the last
// row sent, so rows added or removed meanwhile neither repeat nor shift the next page.
import { z } from "zod";
import { parseQuery } from "@/lib/http/query";

export const DEFAULT_PAGE_SIZE = 100;
export const MAX_PAGE_SIZE = 500;

export const pageQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE).describe("Rows per page"),
  cursor: z.string().max(500).optional().describe("nextCursor of the previous page"),
});

export interface PageQuery<K> {
  limit: number;
  after: K | null;
}

/** The query of a paginated list: limit, and the cursor decoded and checked with `key`. */
export const pageQuery = <K>(key: z.ZodType<K>) =>
  z.object(pageQuerySchema.shape).transform((query, ctx) => toPageQuery(query, key, ctx));

/** limit and cursor as a PageQuery; a cursor that is not this list's is an issue on "cursor". */
export function toPageQuery<K>(
  { limit, cursor }: { limit: number; cursor?: string },
  key: z.ZodType<K>,
  ctx: z.RefinementCtx,
): PageQuery<K> {
  if (cursor === undefined) return { limit, after: null };
  const after = decodeCursor(cursor, key);
  if (after === undefined) {
    ctx.addIssue({
      code: "custom",
      path: ["cursor"],
      message: "is not a cursor from this list; pass nextCursor as it was given",
    });
    return z.NEVER;
  }
  return { limit, after };
}

/** Reads limit and cursor from a URL; `key` checks the decoded cursor. Throws INVALID_INPUT. */
export const parsePageQuery = <K>(url: string, key: z.ZodType<K>): PageQuery<K> =>
  parseQuery(pageQuery(key), new URL(url).searchParams);

export const encodeCursor = (key: unknown) => Buffer.from(JSON.stringify(key), "utf8").toString("base64url");

function decodeCursor<K>(cursor: string, key: z.ZodType<K>): K | undefined {
  try {
    const parsed = key.safeParse(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** One more row than asked for was fetched: it shows whether a next page exists. */
export function toPage<T, K>(rows: T[], limit: number, keyOf: (row: T) => K) {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(keyOf(last)) : null };
}

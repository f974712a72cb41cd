// Cursor pagination for list endpoints: `?limit=` (default 100, at most 500) and an opaque
// `?cursor=` taken from the previous reply's `nextCursor`. The cursor is the sort key of the last
// row sent, so rows added or removed meanwhile neither repeat nor shift the next page.
import { z } from "zod";
import { invalidInput } from "@/lib/errors";

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

/** Reads limit and cursor from a URL; `key` checks the decoded cursor. Throws INVALID_INPUT. */
export function parsePageQuery<K>(url: string, key: z.ZodType<K>): PageQuery<K> {
  const params = new URL(url).searchParams;
  const parsed = pageQuerySchema.safeParse({
    limit: params.get("limit") ?? undefined,
    cursor: params.get("cursor") ?? undefined,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw invalidInput(String(issue.path[0] ?? "limit"), issue.message);
  }
  const { limit, cursor } = parsed.data;
  return { limit, after: cursor === undefined ? null : decodeCursor(cursor, key) };
}

export const encodeCursor = (key: unknown) => Buffer.from(JSON.stringify(key), "utf8").toString("base64url");

function decodeCursor<K>(cursor: string, key: z.ZodType<K>): K {
  try {
    return key.parse(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")));
  } catch {
    throw invalidInput("cursor", "is not a cursor from this list; pass nextCursor as it was given");
  }
}

/** One more row than asked for was fetched: it shows whether a next page exists. */
export function toPage<T, K>(rows: T[], limit: number, keyOf: (row: T) => K) {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(keyOf(last)) : null };
}

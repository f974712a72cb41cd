// The article pickers' SQL, apart from the queries so a test can EXPLAIN it (choice-scale.test.ts).
// Words typed go through titleWords below and match the stored title vector (migration
// article_title_search) each as a prefix, so "harb rep" finds "Harbour report 12". Matches come
// newest first: for a rare word the planner reads the title index's few matches, for a common one
// it walks the (workspaceId, createdAt, id) index backwards and stops at the page; no words lists
// the newest articles from that index alone. A picker reads a few rows, whatever the workspace.
import { Prisma } from "@/generated/prisma/client";

/** At most this many words count: a picker is for a title, not a paragraph. */
export const MAX_TITLE_WORDS = 8;

/**
 * The words of what a person typed, lower-cased: runs of letters and digits only, so nothing
 * they type can be read as tsquery syntax (&, |, !, :, quotes). Accents are kept, as the
 * 'simple' configuration keeps them in the titles.
 */
export function titleWords(q: string): string[] {
  return (q.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, MAX_TITLE_WORDS);
}

/** Every word as the start of a title word: "harb:* & rep:*" (words from titleWords only). */
const titleMatch = (words: string[]) =>
  Prisma.sql`"titleVector" @@ to_tsquery('simple'::regconfig, ${words.map((word) => `${word}:*`).join(" & ")})`;

/** Articles whose title has a word starting with each of `words`, newest first (without words, the newest). */
export function articleChoicesSql(workspaceId: string, words: string[], limit: number): Prisma.Sql {
  const match = words.length > 0 ? Prisma.sql`AND ${titleMatch(words)}` : Prisma.empty;
  return Prisma.sql`SELECT id, slug, title FROM "Article"
    WHERE "workspaceId" = ${workspaceId} ${match}
    ORDER BY "createdAt" DESC, id DESC LIMIT ${limit}`;
}

/** The newest article titled `title` (any case), found through its words (`words` not empty). */
export const exactTitleSql = (workspaceId: string, words: string[], title: string) => Prisma.sql`
  SELECT id, slug, title FROM "Article"
  WHERE "workspaceId" = ${workspaceId} AND ${titleMatch(words)} AND lower(title) = ${title.trim().toLowerCase()}
  ORDER BY "createdAt" DESC, id DESC LIMIT 1`;

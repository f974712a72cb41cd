// The searchable text of each kind, as SQL. These are, character for character, the expressions
// of the GIN indexes at the end of
// prisma/migrations/20261125214505_add_revisions_passages_search/migration.sql: PostgreSQL uses an
// expression index only for the very same expression, so a change here needs a migration that
// rebuilds the index (search.test.ts checks with EXPLAIN that the claim index is used).
// The plain-text columns are what is searched; the rich-text *Doc columns are only for display.
import { Prisma } from "@/generated/prisma/client";
import type { SearchKind } from "@/lib/search/schema";

/** Table aliases the expressions expect: a "Article", c "Claim", e "Evidence", m "Comment". */
const SEARCH_TEXT: Record<SearchKind, Prisma.Sql> = {
  article: Prisma.sql`a."title" || ' ' || a."text"`,
  claim: Prisma.sql`c."exact" || ' ' || coalesce(c."rationale", '')`,
  evidence: Prisma.sql`coalesce(e."title", '') || ' ' || coalesce(e."excerpt", '') || ' ' || coalesce(e."note", '') || ' ' || coalesce(e."passageExact", '')`,
  comment: Prisma.sql`m."body"`,
};

/** The indexed tsvector of a kind. */
export const searchVector = (kind: SearchKind) => Prisma.sql`to_tsvector('english'::regconfig, ${SEARCH_TEXT[kind]})`;

/**
 * What a person typed, as a tsquery: websearch syntax ("a phrase", or, -word) never fails on
 * odd input, unlike to_tsquery, so user text only ever goes through here.
 */
export const searchQuery = (q: string) => Prisma.sql`websearch_to_tsquery('english'::regconfig, ${q})`;

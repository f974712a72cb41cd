// The searchable text of each kind, as a stored tsvector column. PostgreSQL generates each column
// from its row (prisma/migrations/20261202030000_stored_search_vectors/migration.sql) and keeps a
// GIN index on it, so a search neither computes to_tsvector per row nor depends on the planner
// matching an expression index; ranking reads the same stored vector. What each column holds:
//   article   title || ' ' || text
//   claim     exact || ' ' || coalesce(rationale, '')
//   evidence  title, excerpt, note and passageExact, coalesced and joined by spaces
//   comment   body
// all under the 'english' configuration. The plain-text columns are what is searched; the rich-text
// *Doc columns are only for display. search.test.ts checks with EXPLAIN that the indexes are used.
import { Prisma } from "@/generated/prisma/client";
import type { SearchKind } from "@/lib/search/schema";

/** Table aliases the columns expect: a "Article", c "Claim", e "Evidence", m "Comment". */
const SEARCH_VECTOR: Record<SearchKind, Prisma.Sql> = {
  article: Prisma.sql`a."searchVector"`,
  claim: Prisma.sql`c."searchVector"`,
  evidence: Prisma.sql`e."searchVector"`,
  comment: Prisma.sql`m."searchVector"`,
};

/** The indexed tsvector of a kind. */
export const searchVector = (kind: SearchKind) => SEARCH_VECTOR[kind];

/**
 * What a person typed, as a tsquery: websearch syntax ("a phrase", or, -word) never fails on
 * odd input, unlike to_tsquery, so user text only ever goes through here.
 */
export const searchQuery = (q: string) => Prisma.sql`websearch_to_tsquery('english'::regconfig, ${q})`;

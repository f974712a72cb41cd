// What pages and API clients see of an article's revisions and of what re-anchoring did.
import type { ArticleDocument } from "@/lib/articles/document";
import type { PersonDto } from "@/lib/claims/dto";

/** How many anchors ended up in each state; counts add up to all anchors re-anchored. */
// Type aliases, not interfaces: the summary is stored as JSON, and Prisma's JSON input type
// accepts only types with an implicit index signature.
export type AnchorCountsDto = {
  exact: number;
  moved: number;
  fuzzy: number;
  orphaned: number;
};

/** What saving a revision did to the article's claims and to passages quoted from it as evidence. */
export type ReanchorSummary = {
  revision: number;
  claims: AnchorCountsDto;
  passages: AnchorCountsDto;
};

export interface RevisionSummaryDto {
  number: number;
  title: string;
  note: string | null;
  createdBy: PersonDto | null;
  createdAt: string;
  /** Null for revision 1, which nothing was re-anchored to. */
  anchorSummary: ReanchorSummary | null;
  /** Whether this is the article's current revision. */
  current: boolean;
}

export interface RevisionDto extends RevisionSummaryDto {
  document: ArticleDocument;
  /** The canonical text of this revision (block texts joined by blank lines). */
  text: string;
}

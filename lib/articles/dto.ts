import type { PositionedBlock } from "@/lib/articles/document";
import type { ClaimDto, PersonDto } from "@/lib/claims/dto";
import type { Role } from "@/lib/permissions/rules";

export interface ArticleSummaryDto {
  id: string;
  slug: string;
  title: string;
  standfirst: string | null;
  claimCount: number;
  reviewedCount: number;
  createdAt: string;
  updatedAt: string;
}

export interface ArticleViewDto {
  id: string;
  slug: string;
  title: string;
  standfirst: string | null;
  /** The canonical text: every claim's offsets point into it. */
  text: string;
  /** The number of the revision `text` and `blocks` are. */
  revision: number;
  blocks: PositionedBlock[];
  claims: ClaimDto[];
  workspace: { slug: string; name: string };
  viewer: { userId: string; name: string; role: Role };
  /** Who claims can be assigned to (reviewers, editors, owners). */
  assignees: PersonDto[];
  /** The newest change this view includes: the live stream resumes after it. */
  lastEventId: string;
}

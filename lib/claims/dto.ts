// What pages and API clients see of a claim. Rows become DTOs here and nowhere else.
import type { Claim, Evidence, VerdictChange } from "@/generated/prisma/client";
import type { StanceValue } from "@/lib/evidence/schema";
import { readStoredDoc } from "@/lib/rich-text/field";
import type { RichTextDoc } from "@/lib/rich-text/schema";
import type { VerdictValue } from "@/lib/verdicts/rules";

export interface PersonDto {
  id: string;
  name: string;
}

export interface ClaimDto {
  id: string;
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  verdict: VerdictValue;
  /** Plain text of the rationale, derived from rationaleDoc: what search, reports and exports read. */
  rationale: string | null;
  /** The rationale as rich text; null on rows saved before rich text (render `rationale` then). */
  rationaleDoc: RichTextDoc | null;
  /** How the claim was found in the article's current revision (see AnchorStatus in the schema). */
  anchor: ClaimAnchorDto;
  /**
   * When a revision changed the claim's words: "text changed — review again". The verdict is
   * kept but stale until someone sets a verdict again.
   */
  textChangedAt: string | null;
  evidenceCount: number;
  /** Comments in the claim's thread while it is open; 0 once resolved, as nothing awaits an answer. */
  commentCount: number;
  assignee: PersonDto | null;
  dueAt: string | null;
  version: number;
  createdBy: PersonDto;
  createdAt: string;
  updatedAt: string;
}

export type AnchorStatusValue = "exact" | "moved" | "fuzzy" | "orphaned";

export interface ClaimAnchorDto {
  status: AnchorStatusValue;
  /** 0–1; below 1 only for fuzzy matches. */
  quality: number;
  /** The article revision the position was measured against. */
  revision: number;
}

export interface EvidenceDto {
  id: string;
  url: string | null;
  title: string | null;
  excerpt: string | null;
  stance: StanceValue;
  /** Plain text of the note, derived from noteDoc (which is null on rows saved before rich text). */
  note: string | null;
  noteDoc: RichTextDoc | null;
  /** A passage of an article in the same workspace cited as the evidence, or null for a source URL or note. */
  passage: EvidencePassageDto | null;
  createdBy: PersonDto;
  createdAt: string;
  updatedAt: string;
}

export interface EvidencePassageDto {
  articleId: string;
  articleSlug: string;
  articleTitle: string;
  exact: string;
  start: number;
  end: number;
  /** How the passage was found in that article's current revision, as for claims. */
  status: AnchorStatusValue;
  quality: number;
}

export interface VerdictChangeDto {
  id: string;
  from: VerdictValue;
  to: VerdictValue;
  rationale: string | null;
  rationaleDoc: RichTextDoc | null;
  actor: PersonDto;
  createdAt: string;
}

export interface ClaimDetailDto extends ClaimDto {
  evidence: EvidenceDto[];
  history: VerdictChangeDto[];
}

const person = (user: { id: string; name: string }): PersonDto => ({ id: user.id, name: user.name });
const lower = <T extends string>(value: string) => value.toLowerCase() as T;
// Raw SQL rows (listClaimsOfArticle) and Prisma rows both give Date | null here.
const toIsoString = (date: Date | null) => date?.toISOString() ?? null;

type ClaimRow = Claim & {
  createdBy: PersonDto;
  assignee: PersonDto | null;
  _count: { evidence: number; comments: number };
};

export function toClaimDto(row: ClaimRow): ClaimDto {
  return {
    id: row.id,
    start: row.start,
    end: row.end,
    exact: row.exact,
    prefix: row.prefix,
    suffix: row.suffix,
    verdict: lower(row.verdict),
    rationale: row.rationale,
    rationaleDoc: readStoredDoc(row.rationaleDoc),
    anchor: { status: lower(row.anchorStatus), quality: row.anchorQuality, revision: row.anchoredRevision },
    textChangedAt: toIsoString(row.textChangedAt),
    evidenceCount: row._count.evidence,
    commentCount: row.threadResolvedAt ? 0 : row._count.comments,
    assignee: row.assignee ? person(row.assignee) : null,
    dueAt: row.dueAt?.toISOString() ?? null,
    version: row.version,
    createdBy: person(row.createdBy),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Rows loaded with evidenceDtoInclude; without passageArticle a passage reads as none. */
type EvidenceRow = Evidence & { createdBy: PersonDto; passageArticle?: { slug: string; title: string } | null };

export function toEvidenceDto(row: EvidenceRow): EvidenceDto {
  return {
    id: row.id,
    url: row.url,
    title: row.title,
    excerpt: row.excerpt,
    stance: lower(row.stance),
    note: row.note,
    noteDoc: readStoredDoc(row.noteDoc),
    passage: toEvidencePassageDto(row),
    createdBy: person(row.createdBy),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

function toEvidencePassageDto(row: EvidenceRow): EvidencePassageDto | null {
  const { passageArticle: article, passageArticleId, passageExact, passageStart, passageEnd } = row;
  if (!article || !passageArticleId || passageExact === null || passageStart === null || passageEnd === null)
    return null;
  return {
    articleId: passageArticleId,
    articleSlug: article.slug,
    articleTitle: article.title,
    exact: passageExact,
    start: passageStart,
    end: passageEnd,
    status: lower(row.passageStatus ?? "ORPHANED"),
    quality: row.passageQuality ?? 0,
  };
}

export function toVerdictChangeDto(row: VerdictChange & { actor: PersonDto }): VerdictChangeDto {
  return {
    id: row.id,
    from: lower(row.from),
    to: lower(row.to),
    rationale: row.rationale,
    rationaleDoc: readStoredDoc(row.rationaleDoc),
    actor: person(row.actor),
    createdAt: row.createdAt.toISOString(),
  };
}

/** The include that gives an evidence row everything toEvidenceDto needs. */
export const evidenceDtoInclude = {
  createdBy: { select: { id: true, name: true } },
  passageArticle: { select: { slug: true, title: true } },
} as const;

/** The include that gives a claim row everything toClaimDto needs. */
export const claimDtoInclude = {
  createdBy: { select: { id: true, name: true } },
  assignee: { select: { id: true, name: true } },
  _count: { select: { evidence: true, comments: true } },
} as const;

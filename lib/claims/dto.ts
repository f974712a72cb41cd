// What pages and API clients see of a claim. Rows become DTOs here and nowhere else.
import { z } from "zod";
import type { Claim } from "@/generated/prisma/client";
import { claimAnchorDtoSchema } from "@/lib/anchoring/dto";
import { toWireEnum } from "@/lib/db-enums";
import { evidenceDtoSchema } from "@/lib/evidence/dto";
import { readStoredDoc } from "@/lib/rich-text/field";
import { personDtoSchema, personDtoSelect, toPersonDto, type PersonDto } from "@/lib/users/dto";
import { rationaleDocSchema, verdictChangeDtoSchema, verdictValueSchema } from "@/lib/verdicts/dto";

/** Where a claim sits in its article's canonical text: position and quote selectors (see lib/anchoring/selectors.ts). */
export const claimSelectorSchema = z.object({
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  exact: z.string(),
  prefix: z.string(),
  suffix: z.string(),
});
export type ClaimSelector = z.infer<typeof claimSelectorSchema>;

/** A claim's span and its current verdict: what every view of a claim (DTO, report, W3C import) has. */
export const claimVerdictSchema = claimSelectorSchema.extend({
  verdict: verdictValueSchema,
  /** Plain text of the rationale, derived from rationaleDoc: what search, reports and exports read. */
  rationale: z.string().nullable(),
});
export type ClaimVerdict = z.infer<typeof claimVerdictSchema>;

export const claimDtoSchema = z.object({
  id: z.string(),
  ...claimVerdictSchema.shape,
  rationaleDoc: rationaleDocSchema,
  anchor: claimAnchorDtoSchema,
  /**
   * When a revision changed the claim's words: "text changed — review again". The verdict is
   * kept but stale until someone sets a verdict again.
   */
  textChangedAt: z.iso.datetime().nullable(),
  evidenceCount: z.number().int(),
  /** Comments in the claim's thread while it is open; 0 once resolved, as nothing awaits an answer. */
  commentCount: z.number().int(),
  assignee: personDtoSchema.nullable(),
  dueAt: z.iso.datetime().nullable(),
  version: z.number().int(),
  createdBy: personDtoSchema,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type ClaimDto = z.infer<typeof claimDtoSchema>;

export const claimDetailDtoSchema = claimDtoSchema.extend({
  evidence: z.array(evidenceDtoSchema),
  history: z.array(verdictChangeDtoSchema),
});
export type ClaimDetailDto = z.infer<typeof claimDetailDtoSchema>;

/** GET …/articles/{id}/claims: a page of claims in text order. */
export const claimPageDtoSchema = z.object({
  claims: z.array(claimDtoSchema),
  nextCursor: z.string().nullable().describe("Pass as ?cursor= for the next page; null on the last page"),
});
export type ClaimPageDto = z.infer<typeof claimPageDtoSchema>;

// Raw SQL rows (listClaimsOfArticle) and Prisma rows both give Date | null here.
const toIsoString = (date: Date | null) => date?.toISOString() ?? null;

type ClaimVerdictRow = Pick<Claim, "start" | "end" | "exact" | "prefix" | "suffix" | "verdict" | "rationale">;

/** The span and verdict of a claim row, in the wire's vocabulary. */
export const toClaimVerdict = (row: ClaimVerdictRow): ClaimVerdict => ({
  start: row.start,
  end: row.end,
  exact: row.exact,
  prefix: row.prefix,
  suffix: row.suffix,
  verdict: toWireEnum(row.verdict),
  rationale: row.rationale,
});

type ClaimRow = Claim & {
  createdBy: PersonDto;
  assignee: PersonDto | null;
  _count: { evidence: number; comments: number };
};

export function toClaimDto(row: ClaimRow): ClaimDto {
  return {
    id: row.id,
    ...toClaimVerdict(row),
    rationaleDoc: readStoredDoc(row.rationaleDoc),
    anchor: { status: toWireEnum(row.anchorStatus), quality: row.anchorQuality, revision: row.anchoredRevision },
    textChangedAt: toIsoString(row.textChangedAt),
    evidenceCount: row._count.evidence,
    commentCount: row.threadResolvedAt ? 0 : row._count.comments,
    assignee: row.assignee ? toPersonDto(row.assignee) : null,
    dueAt: row.dueAt?.toISOString() ?? null,
    version: row.version,
    createdBy: toPersonDto(row.createdBy),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The include that gives a claim row everything toClaimDto needs. */
export const claimDtoInclude = {
  createdBy: personDtoSelect,
  assignee: personDtoSelect,
  _count: { select: { evidence: true, comments: true } },
} as const;

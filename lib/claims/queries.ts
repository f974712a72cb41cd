import "server-only";
import { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import type { Viewer } from "@/lib/auth/types";
import { claimDtoInclude, toClaimDto, type ClaimDetailDto, type ClaimDto } from "@/lib/claims/dto";
import { claimCursorSchema } from "@/lib/claims/schema";
import { claimDtoColumns, claimDtoJoins } from "@/lib/claims/sql";
import { db } from "@/lib/db";
import { evidenceDtoInclude, toEvidenceDto } from "@/lib/evidence/dto";
import { toPage, type PageQuery } from "@/lib/http/pagination";
import { toVerdictChangeDto } from "@/lib/verdicts/dto";
import { getArticleForViewer, getClaimForViewer } from "@/lib/access/access";

/** Every claim of an article, in text order, for any member. Throws NOT_FOUND. */
export async function listClaims(viewer: Viewer, articleId: string): Promise<ClaimDto[]> {
  const { article } = await getArticleForViewer(viewer, articleId);
  return listClaimsOfArticle(article.id);
}

// (start, end) is unique per article, so it is a complete sort key for the cursor.

/** One page of an article's claims, in text order, for any member. Throws NOT_FOUND. */
export async function listClaimsPage(viewer: Viewer, articleId: string, page: PageQuery<ClaimCursor>) {
  const { article } = await getArticleForViewer(viewer, articleId);
  const rows = await listClaimsOfArticle(article.id, { limit: page.limit + 1, after: page.after });
  const { items, nextCursor } = toPage(rows, page.limit, (claim) => ({ start: claim.start, end: claim.end }));
  return { claims: items, nextCursor };
}

/**
 * Only for callers that have already authorised access to the article. One query with
 * per-claim counts: Prisma's `_count` here would count the evidence of every article.
 */
export async function listClaimsOfArticle(articleId: string, page?: PageQuery<ClaimCursor>): Promise<ClaimDto[]> {
  // Text order is start ascending, then the longer (enclosing) claim first.
  const after = page?.after
    ? Prisma.sql`AND (c.start > ${page.after.start} OR (c.start = ${page.after.start} AND c."end" < ${page.after.end}))`
    : Prisma.empty;
  const limit = page ? Prisma.sql`LIMIT ${page.limit}` : Prisma.empty;
  const rows = await db.$queryRaw<ListedClaim[]>`
    SELECT ${claimDtoColumns}
    FROM "Claim" c ${claimDtoJoins}
    WHERE c."articleId" = ${articleId} ${after}
    ORDER BY c.start ASC, c."end" DESC, c."createdAt" ASC ${limit}`;
  return rows.map(toClaimDto);
}

type ListedClaim = Parameters<typeof toClaimDto>[0];

type ClaimCursor = z.infer<typeof claimCursorSchema>;

/** A claim with its evidence and verdict history, for any member. Throws NOT_FOUND. */
export async function getClaimDetail(viewer: Viewer, claimId: string): Promise<ClaimDetailDto> {
  await getClaimForViewer(viewer, claimId);
  return getClaimDetailById(claimId);
}

export async function getClaimDetailById(claimId: string, tx: Pick<typeof db, "claim"> = db) {
  const row = await tx.claim.findUniqueOrThrow({
    where: { id: claimId },
    include: {
      ...claimDtoInclude,
      evidence: { include: evidenceDtoInclude, orderBy: { createdAt: "asc" } },
      verdictChanges: { include: { actor: { select: { id: true, name: true } } }, orderBy: { createdAt: "desc" } },
    },
  });
  return {
    ...toClaimDto(row),
    evidence: row.evidence.map(toEvidenceDto),
    history: row.verdictChanges.map(toVerdictChangeDto),
  } satisfies ClaimDetailDto;
}

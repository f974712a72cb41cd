import "server-only";
import type { Viewer } from "@/lib/auth/types";
import {
  claimDtoInclude,
  toClaimDto,
  toEvidenceDto,
  toVerdictChangeDto,
  type ClaimDetailDto,
  type ClaimDto,
} from "@/lib/claims/dto";
import { db } from "@/lib/db";
import { getArticleForViewer, getClaimForViewer } from "@/lib/workspaces/access";

/** Every claim of an article, in text order, for any member. Throws NOT_FOUND. */
export async function listClaims(viewer: Viewer, articleId: string): Promise<ClaimDto[]> {
  const { article } = await getArticleForViewer(viewer, articleId);
  return listClaimsOfArticle(article.id);
}

/**
 * Only for callers that have already authorised access to the article. One query with
 * per-claim counts: Prisma's `_count` here would count the evidence of every article.
 */
export async function listClaimsOfArticle(articleId: string): Promise<ClaimDto[]> {
  const rows = await db.$queryRaw<ListedClaim[]>`
    SELECT c.*,
      json_build_object('id', creator.id, 'name', creator.name) AS "createdBy",
      CASE WHEN assignee.id IS NULL THEN NULL
        ELSE json_build_object('id', assignee.id, 'name', assignee.name) END AS "assignee",
      json_build_object(
        'evidence', (SELECT count(*) FROM "Evidence" e WHERE e."claimId" = c.id)::int,
        'comments', (SELECT count(*) FROM "Comment" m WHERE m."claimId" = c.id)::int
      ) AS "_count"
    FROM "Claim" c
    JOIN "User" creator ON creator.id = c."createdById"
    LEFT JOIN "User" assignee ON assignee.id = c."assigneeId"
    WHERE c."articleId" = ${articleId}
    ORDER BY c.start ASC, c."end" DESC, c."createdAt" ASC`;
  return rows.map(toClaimDto);
}

type ListedClaim = Parameters<typeof toClaimDto>[0];

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
      evidence: { include: { createdBy: { select: { id: true, name: true } } }, orderBy: { createdAt: "asc" } },
      verdictChanges: { include: { actor: { select: { id: true, name: true } } }, orderBy: { createdAt: "desc" } },
    },
  });
  return {
    ...toClaimDto(row),
    evidence: row.evidence.map(toEvidenceDto),
    history: row.verdictChanges.map(toVerdictChangeDto),
  } satisfies ClaimDetailDto;
}

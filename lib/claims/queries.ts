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

/** Only for callers that have already authorised access to the article. */
export async function listClaimsOfArticle(articleId: string): Promise<ClaimDto[]> {
  const rows = await db.claim.findMany({
    where: { articleId },
    include: claimDtoInclude,
    orderBy: [{ start: "asc" }, { end: "desc" }, { createdAt: "asc" }],
  });
  return rows.map(toClaimDto);
}

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

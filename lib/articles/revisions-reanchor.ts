import "server-only";
// Re-anchoring inside a revision save: every claim of the article (orphans too: their text may
// be back), every evidence passage quoted from it and every dismissed suggestion, against the new
// text in one pass, then written with one statement per table, not one per row.
import type { AnchorStatus } from "@/generated/prisma/client";
import { orphanSpanCollisions, reanchorAll, type ReanchorResult, type StoredAnchor } from "@/lib/anchoring/reanchor";
import type { AnchorCountsDto, ReanchorSummary } from "@/lib/articles/dto";
import type { Tx } from "@/lib/db";
import { toDbEnum } from "@/lib/db-enums";

const claimSelect = {
  id: true,
  exact: true,
  prefix: true,
  suffix: true,
  start: true,
  end: true,
  anchorStatus: true,
  anchorQuality: true,
  anchoredRevision: true,
} as const;

type ClaimRow = StoredAnchor & {
  id: string;
  anchorStatus: AnchorStatus;
  anchorQuality: number;
  anchoredRevision: number;
};

/** Re-anchors everything anchored in the article to `newText`, saved as revision `revision`. */
export async function reanchorArticle(
  tx: Tx,
  articleId: string,
  texts: { old: string; new: string },
  revision: number,
): Promise<ReanchorSummary> {
  // One after another: a transaction is one connection, which runs one query at a time anyway.
  const claims = await tx.claim.findMany({
    where: { articleId },
    select: claimSelect,
    // Oldest first: when two claims land on one span, the older keeps it (orphanSpanCollisions).
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  const passages = await tx.evidence.findMany({ where: { passageArticleId: articleId, passageExact: { not: null } } });
  const dismissals = await tx.suggestionDismissal.findMany({ where: { articleId } });
  const claimAnchors = claims.map((row) => ({ ...row, isOrphaned: row.anchorStatus === "ORPHANED" }));
  const passageAnchors: StoredAnchor[] = passages.map((row) => ({
    exact: row.passageExact!,
    prefix: row.passagePrefix ?? "",
    suffix: row.passageSuffix ?? "",
    start: row.passageStart ?? 0,
    end: row.passageEnd ?? 0,
    isOrphaned: row.passageStatus === "ORPHANED",
  }));
  const dismissalAnchors = dismissals.map((row) => ({ ...row, prefix: "", suffix: "" }));
  // One call, so the old → new diff is computed once for all three.
  const results = reanchorAll(texts.old, texts.new, [...claimAnchors, ...passageAnchors, ...dismissalAnchors]);
  const claimResults = orphanSpanCollisions(claimAnchors, results.slice(0, claims.length));
  const passageResults = results.slice(claims.length, claims.length + passages.length);
  const dismissalResults = results.slice(claims.length + passages.length);

  await updateClaims(tx, claims, claimResults, revision);
  await updatePassages(
    tx,
    passages.map((row) => row.id),
    passageResults,
  );
  await moveDismissals(tx, articleId, dismissals, dismissalResults);
  return { revision, claims: countStatuses(claimResults), passages: countStatuses(passageResults) };
}

const toStatus = (result: ReanchorResult): AnchorStatus => toDbEnum(result.status);

function hasChanged(row: ClaimRow, result: ReanchorResult): boolean {
  return (
    row.start !== result.start ||
    row.end !== result.end ||
    row.exact !== result.exact ||
    row.prefix !== result.prefix ||
    row.suffix !== result.suffix ||
    row.anchorStatus !== toStatus(result) ||
    row.anchorQuality !== result.quality
  );
}

async function updateClaims(tx: Tx, rows: ClaimRow[], results: ReanchorResult[], revision: number) {
  if (rows.length === 0) return;
  const changed = results.map((result, index) => hasChanged(rows[index]!, result));
  // Live spans must stay unique after *every* row of the UPDATE, not only at the end, and two
  // claims may trade places: park the rows that move as orphans (outside the unique index) first.
  const moving = rows.filter((row, index) => changed[index] && row.anchorStatus !== "ORPHANED").map((row) => row.id);
  if (moving.length > 0) {
    await tx.$executeRaw`UPDATE "Claim" SET "anchorStatus" = 'ORPHANED' WHERE "id" = ANY(${moving}::text[])`;
  }
  const column = <T>(pick: (result: ReanchorResult, index: number) => T) => results.map(pick);
  await tx.$executeRaw`
    UPDATE "Claim" AS c SET
      "start" = u."start", "end" = u."end", "exact" = u."exact", "prefix" = u."prefix", "suffix" = u."suffix",
      "anchorStatus" = u."status"::"AnchorStatus", "anchorQuality" = u."quality",
      "anchoredRevision" = u."revision",
      "textChangedAt" = CASE WHEN u."textChanged" THEN now() ELSE c."textChangedAt" END,
      "version" = c."version" + CASE WHEN u."changed" THEN 1 ELSE 0 END,
      "updatedAt" = CASE WHEN u."changed" THEN now() ELSE c."updatedAt" END
    FROM unnest(
      ${rows.map((row) => row.id)}::text[], ${column((r) => r.start)}::int[], ${column((r) => r.end)}::int[],
      ${column((r) => r.exact)}::text[], ${column((r) => r.prefix)}::text[], ${column((r) => r.suffix)}::text[],
      ${column(toStatus)}::text[], ${column((r) => r.quality)}::float8[],
      ${column((r, i) => (r.status === "orphaned" ? rows[i]!.anchoredRevision : revision))}::int[],
      ${column((r) => r.hasTextChanged)}::boolean[], ${changed}::boolean[]
    ) AS u("id", "start", "end", "exact", "prefix", "suffix", "status", "quality", "revision", "textChanged", "changed")
    WHERE c."id" = u."id"`;
}

async function updatePassages(tx: Tx, ids: string[], results: ReanchorResult[]) {
  if (ids.length === 0) return;
  const column = <T>(pick: (result: ReanchorResult) => T) => results.map(pick);
  await tx.$executeRaw`
    UPDATE "Evidence" AS e SET
      "passageStart" = u."start", "passageEnd" = u."end", "passageExact" = u."exact",
      "passagePrefix" = u."prefix", "passageSuffix" = u."suffix",
      "passageStatus" = u."status"::"AnchorStatus", "passageQuality" = u."quality"
    FROM unnest(
      ${ids}::text[], ${column((r) => r.start)}::int[], ${column((r) => r.end)}::int[],
      ${column((r) => r.exact)}::text[], ${column((r) => r.prefix)}::text[], ${column((r) => r.suffix)}::text[],
      ${column(toStatus)}::text[], ${column((r) => r.quality)}::float8[]
    ) AS u("id", "start", "end", "exact", "prefix", "suffix", "status", "quality")
    WHERE e."id" = u."id"`;
}

/** Dismissed suggestions follow their exact words; one whose words are gone is dropped (it is no claim). */
async function moveDismissals(
  tx: Tx,
  articleId: string,
  rows: { start: number; end: number; exact: string; dismissedById: string; createdAt: Date }[],
  results: ReanchorResult[],
) {
  if (rows.length === 0) return;
  const kept = rows.flatMap((row, index) => {
    const result = results[index]!;
    const isSameWords = (result.status === "exact" || result.status === "moved") && result.exact === row.exact;
    return isSameWords ? [{ ...row, articleId, start: result.start, end: result.end }] : [];
  });
  await tx.suggestionDismissal.deleteMany({ where: { articleId } });
  await tx.suggestionDismissal.createMany({ data: kept, skipDuplicates: true });
}

function countStatuses(results: ReanchorResult[]): AnchorCountsDto {
  const counts: AnchorCountsDto = { exact: 0, moved: 0, fuzzy: 0, orphaned: 0 };
  for (const result of results) counts[result.status]++;
  return counts;
}

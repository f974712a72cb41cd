import "server-only";
// Imports a W3C Web Annotation collection as claims, verdicts and evidence: all of it in one
// transaction, or (if any annotation is rejected) none of it. The collection is read as it
// arrives and written a batch at a time, so its size is bounded by what a desk needs, not by memory.
import type { Claim, Evidence, Prisma } from "@/generated/prisma/client";
import type { Viewer } from "@/lib/auth/types";
import { toClaimDto } from "@/lib/claims/dto";
import { db, isUniqueViolation } from "@/lib/db";
import { toDbEnum } from "@/lib/db-enums";
import { AppError, forbidden } from "@/lib/errors";
import { emitMany, type NewEvent } from "@/lib/events/emit";
import { toEvidenceDto } from "@/lib/evidence/dto";
import { noteColumns } from "@/lib/evidence/mutations";
import type { ImportSummary } from "@/lib/annotations/dto";
import type { PersonDto } from "@/lib/users/dto";
import { listTargetSlugs, spanKey, type PlannedClaim, type RejectedAnnotation } from "@/lib/annotations/w3c-import";
import { readAnnotationStream } from "@/lib/annotations/w3c-read";
import { canImportAnnotations } from "@/lib/permissions/rules";
import { runTask } from "@/lib/workers/pool";
import { getWorkspaceForViewer } from "@/lib/access/access";

/** Some annotations were refused: the report names each (by index and id) and every reason. */
export class ImportRejectedError extends AppError {
  constructor(
    readonly rejected: RejectedAnnotation[],
    total: number,
    refused = rejected.length,
  ) {
    super(
      "INVALID_INPUT",
      `annotations: ${refused} of ${total} could not be imported, so nothing was imported` +
        (refused > rejected.length ? ` (the first ${rejected.length} are listed)` : ""),
      "annotations",
      undefined,
      { rejected },
    );
  }
}

/** Annotations planned and written per batch: a batch's articles and claims are what an import holds. */
export const IMPORT_BATCH = 500;
/** Refusals listed in the error: a collection wrong throughout needs its first problems, not all. */
export const MAX_LISTED_REJECTIONS = 1_000;
// The whole import is one transaction, however long the collection: all of it or none of it.
const IMPORT_TIMEOUT_MS = 10 * 60_000;

/**
 * Imports annotations, read as they arrive from `body` (JSON bytes), into the workspace's
 * articles. Editors and owners. Each batch is planned (worker thread) and written inside one
 * transaction; a refused annotation stops the writing, the rest is still checked so the report
 * names every problem, and the transaction is rolled back.
 * Throws NOT_FOUND, FORBIDDEN, INVALID_INPUT (the collection's shape), ImportRejectedError
 * (per-annotation report) or CONFLICT (a span was claimed while importing).
 */
export async function importAnnotations(
  viewer: Viewer,
  workspaceSlug: string,
  body: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>,
): Promise<ImportSummary> {
  const { workspace, member } = await getWorkspaceForViewer(viewer, workspaceSlug);
  if (!canImportAnnotations(member)) throw forbidden("Only editors and owners can import annotations");
  try {
    return await db.$transaction((tx) => importInTransaction(tx, workspace.id, viewer, readAnnotationStream(body)), {
      timeout: IMPORT_TIMEOUT_MS,
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError(
        "CONFLICT",
        "annotations: a span was marked as a claim while importing; try again",
        "annotations",
      );
    }
    throw error;
  }
}

async function importInTransaction(tx: Tx, workspaceId: string, viewer: Viewer, items: AsyncIterable<unknown>) {
  const summary: ImportSummary = { claims: 0, verdicts: 0, evidence: 0 };
  const rejected: RejectedAnnotation[] = [];
  let refused = 0;
  let total = 0;
  // Spans planned so far, by article: a later annotation repeating one is refused.
  const seen = new Map<string, Map<string, number>>();
  for await (const batch of inBatches(items, IMPORT_BATCH)) {
    const articles = await tx.article.findMany({
      where: { workspaceId, slug: { in: listTargetSlugs(batch) } },
      select: { id: true, slug: true, text: true },
    });
    const ids = articles.map((article) => article.id);
    const claimed = await tx.claim.findMany({
      where: { articleId: { in: ids } },
      select: { articleId: true, start: true, end: true },
    });
    // Anchoring quotes in long articles is CPU work: a worker thread does it.
    const plan = await runTask(
      "planW3cImport",
      {
        items: batch,
        articles,
        claimedSpans: claimed.map((claim) => spanKey(claim.articleId, claim.start, claim.end)),
        priorSpans: ids.flatMap((id) => [...(seen.get(id) ?? [])]),
        startIndex: total,
      },
      { field: "items" },
    );
    total += batch.length;
    for (const [key, index] of plan.spans) {
      const articleId = key.slice(0, key.indexOf(":"));
      seen.set(articleId, (seen.get(articleId) ?? new Map()).set(key, index));
    }
    refused += plan.rejected.length;
    rejected.push(...plan.rejected.slice(0, MAX_LISTED_REJECTIONS - rejected.length));
    // Once anything is refused nothing will be kept: the rest is only checked, for the report.
    if (refused > 0) continue;
    const written = await writeClaims(tx, workspaceId, viewer, plan.planned);
    summary.claims += written.claims;
    summary.verdicts += written.verdicts;
    summary.evidence += written.evidence;
  }
  if (refused > 0) throw new ImportRejectedError(rejected, total, refused);
  return summary;
}

/** The items in arrays of `size`, the last shorter. */
async function* inBatches<T>(items: AsyncIterable<T>, size: number): AsyncGenerator<T[]> {
  let batch: T[] = [];
  for await (const item of items) {
    batch.push(item);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

type Tx = Prisma.TransactionClient;

// A handful of statements per batch, not a few per claim. PostgreSQL returns the rows
// of a multi-row INSERT ... RETURNING in the order given, which pairs each row with its plan.
async function writeClaims(tx: Tx, workspaceId: string, viewer: Viewer, plans: PlannedClaim[]) {
  const actor: PersonDto = { id: viewer.userId, name: viewer.name };
  const claims = await tx.claim.createManyAndReturn({
    data: plans.map((plan) => ({
      articleId: plan.articleId,
      createdById: viewer.userId,
      exact: plan.exact,
      prefix: plan.prefix,
      suffix: plan.suffix,
      start: plan.start,
      end: plan.end,
      verdict: toDbEnum(plan.verdict),
      rationale: plan.rationale,
      // A judged claim is, in effect, created then judged: one version per change.
      version: plan.verdict === "unreviewed" ? 1 : 2,
    })),
  });
  const judged = claims.filter((claim) => claim.verdict !== "UNREVIEWED");
  await tx.verdictChange.createMany({
    data: judged.map((claim) => ({
      claimId: claim.id,
      actorId: viewer.userId,
      from: "UNREVIEWED" as const,
      to: claim.verdict,
      rationale: claim.rationale,
    })),
  });
  const evidence = await tx.evidence.createManyAndReturn({
    data: claims.flatMap((claim, index) =>
      plans[index]!.evidence.map((item) => ({
        ...item,
        ...noteColumns(item),
        stance: toDbEnum(item.stance),
        claimId: claim.id,
        createdById: viewer.userId,
      })),
    ),
  });
  await emitMany(tx, eventsOf(workspaceId, actor, claims, evidence));
  return { claims: claims.length, verdicts: judged.length, evidence: evidence.length };
}

/** The same events, with the same DTO snapshots, as marking, judging and sourcing one by one. */
function eventsOf(workspaceId: string, actor: PersonDto, claims: Claim[], evidence: Evidence[]): NewEvent[] {
  const evidenceCount = new Map<string, number>();
  for (const item of evidence) evidenceCount.set(item.claimId, (evidenceCount.get(item.claimId) ?? 0) + 1);
  const scope = (articleId: string) => ({ workspaceId, articleId, actorId: actor.id });
  const asDto = (claim: Claim, evidenceTotal: number) =>
    toClaimDto({ ...claim, createdBy: actor, assignee: null, _count: { evidence: evidenceTotal, comments: 0 } });
  const events: NewEvent[] = [];
  for (const claim of claims) {
    const created = asDto({ ...claim, verdict: "UNREVIEWED", rationale: null, version: 1 }, 0);
    const entity = { ...scope(claim.articleId), entityType: "claim" as const, entityId: claim.id };
    events.push({ ...entity, action: "claim.created", after: created });
    if (claim.verdict === "UNREVIEWED") continue;
    events.push({
      ...entity,
      action: "verdict.set",
      before: { verdict: "unreviewed", rationale: null, version: 1 },
      after: asDto(claim, evidenceCount.get(claim.id) ?? 0),
    });
  }
  const articleOf = new Map(claims.map((claim) => [claim.id, claim.articleId]));
  for (const item of evidence) {
    events.push({
      ...scope(articleOf.get(item.claimId)!),
      action: "evidence.added",
      entityType: "evidence",
      entityId: item.id,
      after: { ...toEvidenceDto({ ...item, createdBy: actor }), claimId: item.claimId },
    });
  }
  return events;
}

import "server-only";
// Imports a W3C Web Annotation collection as claims, verdicts and evidence: all of it in one
// transaction, or (if any annotation is rejected) none of it.
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
import {
  listTargetSlugs,
  readAnnotationItems,
  type PlannedClaim,
  type RejectedAnnotation,
} from "@/lib/annotations/w3c-import";
import { canImportAnnotations } from "@/lib/permissions/rules";
import { runTask } from "@/lib/workers/pool";
import { getWorkspaceForViewer } from "@/lib/access/access";

/** Some annotations were refused: the report names each (by index and id) and every reason. */
export class ImportRejectedError extends AppError {
  constructor(
    readonly rejected: RejectedAnnotation[],
    total: number,
  ) {
    super(
      "INVALID_INPUT",
      `annotations: ${rejected.length} of ${total} could not be imported, so nothing was imported`,
      "annotations",
      undefined,
      { rejected },
    );
  }
}

/**
 * Imports annotations into the workspace's articles. Editors and owners.
 * Throws NOT_FOUND, FORBIDDEN, INVALID_INPUT (the collection's shape), ImportRejectedError
 * (per-annotation report) or CONFLICT (a span was claimed while importing).
 */
export async function importAnnotations(viewer: Viewer, workspaceSlug: string, body: unknown): Promise<ImportSummary> {
  const { workspace, member } = await getWorkspaceForViewer(viewer, workspaceSlug);
  if (!canImportAnnotations(member)) throw forbidden("Only editors and owners can import annotations");
  const items = readAnnotationItems(body);
  const articles = await db.article.findMany({
    where: { workspaceId: workspace.id, slug: { in: listTargetSlugs(items) } },
    select: { id: true, slug: true, text: true },
  });
  const claimed = await db.claim.findMany({
    where: { articleId: { in: articles.map((article) => article.id) } },
    select: { articleId: true, start: true, end: true },
  });
  // Anchoring thousands of quotes in long articles is CPU work: a worker thread does it.
  const { planned, rejected } = await runTask(
    "planW3cImport",
    { items, articles, claimedSpans: claimed.map((claim) => `${claim.articleId}:${claim.start}:${claim.end}`) },
    { field: "items" },
  );
  if (rejected.length > 0) throw new ImportRejectedError(rejected, items.length);
  try {
    return await db.$transaction((tx) => writeClaims(tx, workspace.id, viewer, planned), { timeout: 60_000 });
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

type Tx = Prisma.TransactionClient;

// A handful of statements for the whole import, not a few per claim. PostgreSQL returns the rows
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

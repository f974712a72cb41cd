import "server-only";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { describeActivity } from "@/lib/audit/describe";
import type { ActivityDto } from "@/lib/audit/dto";
import type { Viewer } from "@/lib/auth/types";
import { db } from "@/lib/db";
import { filterKey, filterText } from "@/lib/validation/text";
import { getClaimForViewer, getWorkspaceForViewer } from "@/lib/workspaces/access";

/** Activity feed filters, from the page's query string: every one optional. */
export const activityFiltersSchema = z.object({
  action: filterText(50).optional(),
  actor: filterKey("a member's id").optional(),
  article: filterKey("an article's slug").optional(),
  from: z.iso.date({ message: "must be a date like 2026-01-31" }).optional(),
  to: z.iso.date({ message: "must be a date like 2026-01-31" }).optional(),
  before: z
    .string()
    .regex(/^\d{1,19}$/, "must be the position of an event, from the Older activity link")
    .optional(),
});
export type ActivityFilters = z.infer<typeof activityFiltersSchema>;

const PAGE = 50;
const include = { actor: { select: { id: true, name: true } } } as const;

type Row = Prisma.AuditEventGetPayload<{ include: typeof include }>;
type ArticleNames = Map<string, { slug: string; title: string }>;

/** The titles of the articles some events are about, in one query. */
async function getArticleNames(rows: Row[]): Promise<ArticleNames> {
  const ids = [...new Set(rows.map((row) => row.articleId).filter((id): id is string => id !== null))];
  const articles = await db.article.findMany({
    where: { id: { in: ids } },
    select: { id: true, slug: true, title: true },
  });
  return new Map(articles.map((a) => [a.id, { slug: a.slug, title: a.title }]));
}

function toActivityDto(row: Row, articles: ArticleNames): ActivityDto {
  const article = row.articleId ? articles.get(row.articleId) : undefined;
  const payload = (row.after ?? row.before) as { claimId?: string } | null;
  return {
    id: row.id.toString(),
    action: row.action,
    summary: describeActivity(row.action, row.before, row.after),
    actor: row.actor,
    article: article ? { slug: article.slug, title: article.title } : null,
    claimId: row.entityType === "claim" ? row.entityId : (payload?.claimId ?? null),
    createdAt: row.createdAt.toISOString(),
  };
}

/** A workspace's activity, newest first, filtered; for any member. Throws NOT_FOUND. */
export async function listActivity(viewer: Viewer, workspaceSlug: string, filters: ActivityFilters) {
  const { workspace } = await getWorkspaceForViewer(viewer, workspaceSlug);
  const article = filters.article
    ? await db.article.findFirst({ where: { workspaceId: workspace.id, slug: filters.article }, select: { id: true } })
    : null;
  const where: Prisma.AuditEventWhereInput = {
    workspaceId: workspace.id,
    ...(filters.action ? { action: filters.action } : {}),
    ...(filters.actor ? { actorId: filters.actor } : {}),
    ...(filters.article ? { articleId: article?.id ?? "none" } : {}),
    ...(filters.before ? { id: { lt: BigInt(filters.before) } } : {}),
    createdAt: {
      ...(filters.from ? { gte: new Date(`${filters.from}T00:00:00Z`) } : {}),
      ...(filters.to ? { lt: new Date(new Date(`${filters.to}T00:00:00Z`).getTime() + 86_400_000) } : {}),
    },
  };
  const rows = await db.auditEvent.findMany({ where, include, orderBy: { id: "desc" }, take: PAGE + 1 });
  const page = rows.slice(0, PAGE);
  const articles = await getArticleNames(page);
  const events = page.map((row) => toActivityDto(row, articles));
  return { events, nextBefore: rows.length > PAGE ? (events.at(-1)?.id ?? null) : null };
}

/** Everything that happened to a claim, its evidence and its thread, oldest first. Throws NOT_FOUND. */
export async function listClaimHistory(viewer: Viewer, claimId: string): Promise<ActivityDto[]> {
  const { claim } = await getClaimForViewer(viewer, claimId);
  const rows = await db.auditEvent.findMany({
    where: {
      articleId: claim.articleId,
      OR: [
        { entityType: "claim", entityId: claim.id },
        { after: { path: ["claimId"], equals: claim.id } },
        { before: { path: ["claimId"], equals: claim.id } },
      ],
    },
    include,
    orderBy: { id: "asc" },
  });
  const articles = await getArticleNames(rows);
  return rows.map((row) => toActivityDto(row, articles));
}

import "server-only";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { describeActivity } from "@/lib/audit/describe";
import type { ActivityDto } from "@/lib/audit/dto";
import type { Viewer } from "@/lib/auth/types";
import { db } from "@/lib/db";
import { getEventClaimId } from "@/lib/events/claim-of";
import { readEvents, storedEventInclude } from "@/lib/events/read";
import type { DomainEvent } from "@/lib/events/schema";
import { filterKey, filterText } from "@/lib/validation/text";
import { getClaimForViewer, getWorkspaceForViewer } from "@/lib/access/access";

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
  after: z
    .string()
    .regex(/^\d{1,19}$/, "must be the position of an event, from the Newer activity link")
    .optional(),
});
export type ActivityFilters = z.infer<typeof activityFiltersSchema>;

const PAGE = 50;

type ArticleNames = Map<string, { slug: string; title: string }>;

/** The titles of the articles some events are about, in one query. */
async function getArticleNames(events: DomainEvent[]): Promise<ArticleNames> {
  const ids = [...new Set(events.map((event) => event.articleId).filter((id): id is string => id !== null))];
  const articles = await db.article.findMany({
    where: { id: { in: ids } },
    select: { id: true, slug: true, title: true },
  });
  return new Map(articles.map((a) => [a.id, { slug: a.slug, title: a.title }]));
}

function toActivityDto(event: DomainEvent, articles: ArticleNames): ActivityDto {
  const article = event.articleId ? articles.get(event.articleId) : undefined;
  return {
    id: event.id,
    action: event.action,
    summary: describeActivity(event),
    actor: event.actor,
    article: article ? { slug: article.slug, title: article.title } : null,
    claimId: getEventClaimId(event),
    createdAt: event.createdAt,
  };
}

async function toActivityDtos(events: DomainEvent[]): Promise<ActivityDto[]> {
  const articles = await getArticleNames(events);
  return events.map((event) => toActivityDto(event, articles));
}

/**
 * A page of a workspace's activity, newest first, filtered: the events older than `before`, or
 * the page newer than `after` (keyset on the event's position, read through the (workspaceId, id)
 * index), with the cursors of the pages either side. For any member. Throws NOT_FOUND.
 */
export async function listActivity(viewer: Viewer, workspaceSlug: string, filters: ActivityFilters) {
  const { workspace } = await getWorkspaceForViewer(viewer, workspaceSlug);
  const article = filters.article
    ? await db.article.findFirst({ where: { workspaceId: workspace.id, slug: filters.article }, select: { id: true } })
    : null;
  // Newer than `after` wins over `before`: the link that sent us says which way we went.
  const isNewer = filters.after !== undefined;
  const where: Prisma.AuditEventWhereInput = {
    workspaceId: workspace.id,
    ...(filters.action ? { action: filters.action } : {}),
    ...(filters.actor ? { actorId: filters.actor } : {}),
    ...(filters.article ? { articleId: article?.id ?? "none" } : {}),
    ...(isNewer
      ? { id: { gt: BigInt(filters.after!) } }
      : filters.before
        ? { id: { lt: BigInt(filters.before) } }
        : {}),
    createdAt: {
      ...(filters.from ? { gte: new Date(`${filters.from}T00:00:00Z`) } : {}),
      ...(filters.to ? { lt: new Date(new Date(`${filters.to}T00:00:00Z`).getTime() + 86_400_000) } : {}),
    },
  };
  const rows = await db.auditEvent.findMany({
    where,
    include: storedEventInclude,
    orderBy: { id: isNewer ? "asc" : "desc" },
    take: PAGE + 1,
  });
  const hasMore = rows.length > PAGE;
  // Read oldest first towards the newer page: put it back newest first.
  const page = isNewer ? rows.slice(0, PAGE).reverse() : rows.slice(0, PAGE);
  const events = await toActivityDtos(readEvents(page));
  // The page's end rows, read or not: a page of unreadable rows still leads on.
  return {
    events,
    nextBefore: isNewer || hasMore ? (page.at(-1)?.id.toString() ?? null) : null,
    previousAfter: (!isNewer && filters.before) || (isNewer && hasMore) ? (page[0]?.id.toString() ?? null) : null,
  };
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
    include: storedEventInclude,
    orderBy: { id: "asc" },
  });
  return toActivityDtos(readEvents(rows));
}

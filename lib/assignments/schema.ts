import { z } from "zod";
import { toPageQuery } from "@/lib/http/pagination";

/** Who the claim is assigned to (null: nobody) and by when (an ISO date or date-time; null: no date). */
export const assignClaimSchema = z.strictObject({
  assigneeId: z.string().min(1).max(100).nullable(),
  dueAt: z.iso
    .datetime({ offset: true })
    .or(z.iso.date())
    .nullish()
    .transform((value) => (value ? new Date(value) : null)),
});
export type AssignClaimInput = z.infer<typeof assignClaimSchema>;

/** The keyset of the last claim of a queue page: article order, then text order. */
export const queueCursorSchema = z.strictObject({
  articleCreatedAt: z.iso.datetime(),
  articleId: z.string().max(100),
  start: z.number().int().min(0),
  id: z.string().max(100),
});
export type QueueCursor = z.infer<typeof queueCursorSchema>;

/** The queue's two lists: claims still to review (the default), and those the reviewer has done. */
export const QUEUE_STATUSES = ["open", "reviewed"] as const;
export type QueueStatus = (typeof QUEUE_STATUSES)[number];

/** Claims on one page of the queue. */
export const QUEUE_PAGE_SIZE = 50;

/** The queue page's URL: ?status=reviewed for the claims done, ?cursor= for the page after a claim. */
export const queueQuerySchema = z
  .object({ status: z.enum(QUEUE_STATUSES).default("open"), cursor: z.string().max(500).optional() })
  .transform(({ status, cursor }, ctx) => ({
    status,
    page: toPageQuery({ limit: QUEUE_PAGE_SIZE, cursor }, queueCursorSchema, ctx),
  }));
export type QueueQuery = z.output<typeof queueQuerySchema>;

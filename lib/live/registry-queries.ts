import "server-only";
// The open live streams of every app instance, one LiveStream row each, so a person's streams
// can be counted (and capped) across instances. The instance serving a stream refreshes its
// row's expiry on each heartbeat; a crashed instance's rows expire and stop counting.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { RateLimitedError } from "@/lib/errors";
import { MAX_STREAMS_PER_USER } from "@/lib/live/stream-cap";
import { HEARTBEAT_MS } from "@/lib/live/presence";
import { retryAfterSeconds } from "@/lib/rate-limits/policies";

export { MAX_STREAMS_PER_USER };

/** Three missed heartbeats: the instance is gone. */
export const STREAM_TTL_MS = 3 * HEARTBEAT_MS;

const state = globalThis as unknown as { factmarkInstanceId?: string };
/** This process, as named in LiveStream.instanceId. */
export const instanceId = (state.factmarkInstanceId ??= randomUUID());

const expiry = (now: Date) => new Date(now.getTime() + STREAM_TTL_MS);

/**
 * Records a new stream of `userId`, unless they already hold MAX_STREAMS_PER_USER unexpired ones
 * on any instance. Returns the stream's id. Throws RATE_LIMITED (429, Retry-After: when the
 * oldest of them would expire if it stopped being refreshed).
 */
export async function registerLiveStream(userId: string, articleId: string, now = new Date()): Promise<string> {
  const id = randomUUID();
  // One short transaction of single statements (no round trips to the app in between).
  const [, , inserted, oldest] = await db.$transaction([
    // One person's registrations take turns, so two tabs opening at once cannot both take the last place.
    db.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('factmark_live_stream'), hashtext(${userId}))`,
    db.liveStream.deleteMany({ where: { userId, expiresAt: { lte: now } } }),
    db.$queryRaw<{ id: string }[]>`
      INSERT INTO "LiveStream" ("id", "userId", "articleId", "instanceId", "expiresAt")
      SELECT ${id}, ${userId}, ${articleId}, ${instanceId}, ${expiry(now)}::timestamp
      WHERE (SELECT count(*) FROM "LiveStream" WHERE "userId" = ${userId}) < ${MAX_STREAMS_PER_USER}::int
      RETURNING "id"`,
    db.liveStream.findFirst({ where: { userId }, orderBy: { expiresAt: "asc" }, select: { expiresAt: true } }),
  ]);
  if (inserted.length > 0) return id;
  const seconds = retryAfterSeconds((oldest?.expiresAt.getTime() ?? now.getTime()) - now.getTime());
  throw new RateLimitedError(
    `Too many live views open: you have ${MAX_STREAMS_PER_USER} articles open live, the most one person may; close some tabs or try again in ${seconds} seconds`,
    seconds,
  );
}

/** Keeps this instance's open streams counted, in one statement, and drops everyone's expired rows. */
export async function refreshLiveStreams(ids: string[], now = new Date()): Promise<void> {
  if (ids.length > 0) {
    await db.liveStream.updateMany({ where: { id: { in: ids } }, data: { expiresAt: expiry(now) } });
  }
  await db.liveStream.deleteMany({ where: { expiresAt: { lte: now } } });
}

/** A stream closed: it no longer counts. */
export async function unregisterLiveStream(id: string): Promise<void> {
  await db.liveStream.deleteMany({ where: { id } });
}

import "server-only";
// The open live streams of every app instance, one LiveStream row each, so a person's streams
// can be counted (and capped) across instances. The instance serving a stream refreshes its
// row's expiry on each heartbeat; a crashed instance's rows expire and stop counting.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { RateLimitedError } from "@/lib/errors";
import { HEARTBEAT_MS } from "@/lib/live/presence";
import { retryAfterSeconds } from "@/lib/rate-limits/policies";

/**
 * Open streams per person. A reader has one per article tab; 20 covers a desk editor with a
 * dozen articles open in tabs and a second window, while one account can no longer hold
 * hundreds of connections and the database work behind them.
 */
export const MAX_STREAMS_PER_USER = 20;
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
  return db.$transaction(async (tx) => {
    // One person's registrations take turns, so two tabs opening at once cannot both take the last place.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('factmark_live_stream'), hashtext(${userId}))`;
    await tx.liveStream.deleteMany({ where: { userId, expiresAt: { lte: now } } });
    const open = await tx.liveStream.findMany({
      where: { userId },
      select: { expiresAt: true },
      orderBy: { expiresAt: "asc" },
    });
    if (open.length >= MAX_STREAMS_PER_USER) {
      const seconds = retryAfterSeconds(open[0]!.expiresAt.getTime() - now.getTime());
      throw new RateLimitedError(
        `Too many live views open: you have ${open.length} articles open live (at most ${MAX_STREAMS_PER_USER}); close some tabs or try again in ${seconds} seconds`,
        seconds,
      );
    }
    const row = await tx.liveStream.create({ data: { userId, articleId, instanceId, expiresAt: expiry(now) } });
    return row.id;
  });
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

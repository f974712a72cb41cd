// Regression: one account opened 300 live streams and exhausted the database pool, and another
// tenant got a 503. Rule: a person holds at most MAX_STREAMS_PER_USER open streams across every
// instance (rows in PostgreSQL); the next is refused with RATE_LIMITED and a retry time; rows of
// a crashed instance stop counting once they expire.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { RateLimitedError } from "@/lib/errors";
import {
  MAX_STREAMS_PER_USER,
  refreshLiveStreams,
  registerLiveStream,
  STREAM_TTL_MS,
  unregisterLiveStream,
} from "@/lib/live/registry-queries";
import { createTestWorkspace } from "@/tests/fixtures";

let ws: Awaited<ReturnType<typeof createTestWorkspace>>;
beforeEach(async () => {
  ws = await createTestWorkspace();
});

const openCount = (userId: string) => db.liveStream.count({ where: { userId, expiresAt: { gt: new Date() } } });
const fill = (userId: string, count: number, now?: Date) =>
  Promise.all(Array.from({ length: count }, () => registerLiveStream(userId, ws.whoIsFriends, now)));

describe("registerLiveStream", () => {
  it("takes up to the cap, even all at once, then refuses with RATE_LIMITED and when to retry", async () => {
    // Concurrent: the per-person lock must stop two registrations both taking the last place.
    const ids = await fill(ws.reviewer.userId, MAX_STREAMS_PER_USER + 5).catch((error: unknown) => error);
    expect(ids).toBeInstanceOf(RateLimitedError);
    expect(await openCount(ws.reviewer.userId)).toBe(MAX_STREAMS_PER_USER);
    const refusal = (await registerLiveStream(ws.reviewer.userId, ws.whoIsFriends).catch((e: unknown) => e)) as
      RateLimitedError | undefined;
    expect(refusal).toBeInstanceOf(RateLimitedError);
    expect(refusal!.code).toBe("RATE_LIMITED");
    expect(refusal!.message).toMatch(/^Too many live views open: .*close some tabs or try again in \d+ seconds$/);
    expect(refusal!.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(refusal!.retryAfterSeconds).toBeLessThanOrEqual(STREAM_TTL_MS / 1000);
    // Someone else is not affected.
    await expect(registerLiveStream(ws.secondReviewer.userId, ws.whoIsFriends)).resolves.toEqual(expect.any(String));
  });

  it("frees a place when a stream closes", async () => {
    const ids = await fill(ws.editor.userId, MAX_STREAMS_PER_USER);
    await expect(registerLiveStream(ws.editor.userId, ws.whoIsFriends)).rejects.toMatchObject({ code: "RATE_LIMITED" });
    await unregisterLiveStream(ids[0]!);
    await expect(registerLiveStream(ws.editor.userId, ws.whoIsFriends)).resolves.toEqual(expect.any(String));
  });

  it("stops counting a crashed instance's streams once they expire, but keeps refreshed ones", async () => {
    const longAgo = new Date(Date.now() - 2 * STREAM_TTL_MS);
    await fill(ws.owner.userId, MAX_STREAMS_PER_USER, longAgo); // never refreshed: their instance died
    expect(await openCount(ws.owner.userId)).toBe(0);
    const live = await fill(ws.owner.userId, MAX_STREAMS_PER_USER);
    // Nearly expired, then refreshed by their instance's heartbeat: they still count.
    await refreshLiveStreams(live, new Date(Date.now() + STREAM_TTL_MS - 1_000));
    expect(await openCount(ws.owner.userId)).toBe(MAX_STREAMS_PER_USER);
    await expect(
      registerLiveStream(ws.owner.userId, ws.whoIsFriends, new Date(Date.now() + STREAM_TTL_MS)),
    ).rejects.toMatchObject({ code: "RATE_LIMITED" });
    // The heartbeat also removed everyone's expired rows.
    expect(await db.liveStream.count({ where: { userId: ws.owner.userId } })).toBe(MAX_STREAMS_PER_USER);
  });
});

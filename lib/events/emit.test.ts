// emit on a real PostgreSQL: the event row and its announcement belong to the change's
// transaction. A committed event is announced once per article, a rolled-back one never, and a
// malformed one is refused before anything is written.
import pg from "pg";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { emit, emitMany, type NewEvent } from "@/lib/events/emit";
import { EVENTS_CHANNEL } from "@/lib/events/schema";
import { sampleBodies } from "@/tests/events";
import { createTestWorkspace, readStoredEvents } from "@/tests/fixtures";

let ws: Awaited<ReturnType<typeof createTestWorkspace>>;
let listener: pg.Client;
const notices: { articleId: string | null; workspaceId: string }[] = [];

beforeAll(async () => {
  ws = await createTestWorkspace();
  listener = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await listener.connect();
  listener.on("notification", (message) => {
    const notice = JSON.parse(message.payload ?? "{}") as (typeof notices)[number];
    if (notice.workspaceId === ws.workspace.id) notices.push(notice);
  });
  await listener.query(`LISTEN ${EVENTS_CHANNEL}`);
});
afterAll(() => listener.end());
beforeEach(() => {
  notices.length = 0;
});

const scope = () => ({ workspaceId: ws.workspace.id, articleId: ws.whoIsFriends, actorId: ws.reviewer.userId });
const dismissal = (start: number): NewEvent => ({
  ...scope(),
  action: "suggestion.dismissed",
  entityType: "suggestion",
  entityId: `${start}-${start + 5}`,
  after: { articleId: ws.whoIsFriends, start, end: start + 5 },
});
/** Lets a NOTIFY sent by a commit reach the listener. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

describe("emit", () => {
  it("writes a version-1 row that reads back as the event, and announces it once committed", async () => {
    await db.$transaction(async (tx) => {
      await emit(tx, dismissal(100));
      await settle();
      expect(notices).toEqual([]); // not before the commit
    });
    await expect
      .poll(() => notices, { timeout: 3_000 })
      .toEqual([{ workspaceId: ws.workspace.id, articleId: ws.whoIsFriends }]);
    const [event] = await readStoredEvents({ workspaceId: ws.workspace.id, entityId: "100-105" });
    expect(event).toMatchObject({
      version: 1,
      action: "suggestion.dismissed",
      before: null,
      actor: { id: ws.reviewer.userId },
    });
  });

  it("announces nothing for a rolled-back change", async () => {
    const failed = db.$transaction(async (tx) => {
      await emit(tx, dismissal(200));
      throw new Error("the change failed");
    });
    await expect(failed).rejects.toThrow("the change failed");
    await settle();
    expect(notices).toEqual([]);
    expect(await readStoredEvents({ workspaceId: ws.workspace.id, entityId: "200-205" })).toEqual([]);
  });

  it("refuses a snapshot of the wrong shape (a cast the types could not see) and writes nothing", async () => {
    const wrong = { ...scope(), ...sampleBodies["verdict.set"], after: { verdict: "verified" } } as unknown as NewEvent;
    await expect(db.$transaction((tx) => emit(tx, wrong))).rejects.toThrow();
    expect(await db.auditEvent.count({ where: { workspaceId: ws.workspace.id, action: "verdict.set" } })).toBe(0);
  });

  it("does not wake live views for a workspace's own events (no article)", async () => {
    const token = sampleBodies["token.created"];
    await db.$transaction((tx) => emit(tx, { ...scope(), articleId: null, ...token }));
    await settle();
    expect(notices).toEqual([]);
    expect(await readStoredEvents({ workspaceId: ws.workspace.id, action: "token.created" })).toHaveLength(1);
  });
});

describe("emitMany", () => {
  it("writes every event and announces each article once", async () => {
    const other = { ...dismissal(300), articleId: ws.friendsAndComrades };
    await db.$transaction((tx) => emitMany(tx, [dismissal(310), dismissal(320), other]));
    await expect.poll(() => notices.length, { timeout: 3_000 }).toBe(2);
    await settle();
    expect(notices).toHaveLength(2);
    expect(new Set(notices.map((notice) => notice.articleId))).toEqual(
      new Set([ws.whoIsFriends, ws.friendsAndComrades]),
    );
    const written = await readStoredEvents({
      workspaceId: ws.workspace.id,
      entityId: { in: ["310-315", "320-325", "300-305"] },
    });
    expect(written).toHaveLength(3);
  });
});

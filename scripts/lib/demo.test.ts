// Bug: every `npm start`, also against a real DATABASE_URL, created the five demo accounts with a
// public password, and put a removed demo member back on each restart. Rules: the demo is seeded
// only on the fresh-machine path or when asked for; a seed never recreates a removed membership;
// the demo password is made per data folder, not a constant of the repository.
import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { demoWorkspace, seedWorkspace } from "@/prisma/seed/demo";
import { readOrCreateSecretFile, shouldSeedDemo } from "./demo";

describe("shouldSeedDemo", () => {
  it("seeds the fresh-machine database and nothing configured unless asked", () => {
    const choose = (hasDatabaseUrl: boolean, hasDemoFlag = false, demoEnv?: string) =>
      shouldSeedDemo({ hasDatabaseUrl, hasDemoFlag, demoEnv });
    expect(choose(false)).toBe(true);
    expect(choose(true)).toBe(false);
    expect(choose(true, true)).toBe(true);
    expect(choose(true, false, "1")).toBe(true);
    expect(choose(true, false, "yes please")).toBe(false);
    expect(choose(false, false, "0")).toBe(false);
  });
});

describe("the demo password", () => {
  it("is generated once per data folder and kept private", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "factmark-demo-"));
    const file = path.join(dir, "demo-password");
    const first = readOrCreateSecretFile(file, 12);
    expect(first).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(readOrCreateSecretFile(file, 12)).toBe(first);
    expect(readFileSync(file, "utf8")).toBe(first);
    expect(statSync(file).mode & 0o077).toBe(0);
    const other = readOrCreateSecretFile(path.join(mkdtempSync(path.join(tmpdir(), "factmark-demo-")), "p"), 12);
    expect(other).not.toBe(first);
  });
});

describe("seedWorkspace", () => {
  it("seeds once: a member removed afterwards stays removed when the seed runs again", async () => {
    const id = randomUUID().slice(0, 8);
    const seed = {
      ...demoWorkspace("a-test-password"),
      slug: `demo-${id}`,
      users: demoWorkspace("x").users.map((user) => ({ ...user, email: `${id}-${user.email}` })),
    };
    const first = await seedWorkspace(db, seed);
    expect(first.created).toBe(true);
    expect(await db.membership.count({ where: { workspaceId: first.workspace.id } })).toBe(5);

    const rosa = first.users[`${id}-rosa@factmark.test`]!;
    await db.membership.delete({ where: { workspaceId_userId: { workspaceId: first.workspace.id, userId: rosa } } });
    const again = await seedWorkspace(db, seed);
    expect(again.created).toBe(false);
    expect(again.workspace.id).toBe(first.workspace.id);
    expect(await db.membership.count({ where: { workspaceId: first.workspace.id } })).toBe(4);
    expect(await db.membership.findFirst({ where: { userId: rosa } })).toBeNull();
  });

  it("stores the demo articles' related passages with them when asked", async () => {
    const id = randomUUID().slice(0, 8);
    const seed = {
      ...demoWorkspace("a-test-password"),
      slug: `demo-${id}`,
      users: demoWorkspace("x").users.map((user) => ({ ...user, email: `${id}-${user.email}` })),
    };
    const seeded = await seedWorkspace(db, seed, { withPassages: true });
    for (const articleId of Object.values(seeded.articles)) {
      const set = await db.passageSet.findUniqueOrThrow({ where: { articleId } });
      expect(set).toMatchObject({ revision: 1, error: null });
      expect(await db.passage.count({ where: { articleId, revision: 1 } })).toBe(set.passageCount);
      expect(set.passageCount).toBeGreaterThan(20);
    }
  });
});

// Owners' one-time password reset links on a real PostgreSQL: the link works once, sets a
// password the policy accepts, signs the person out everywhere, and only owners of the person's
// workspace may make one, never for someone who owns a workspace they do not.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getSessionVersion } from "@/lib/auth/session-queries";
import { createPasswordReset, resetPassword } from "@/lib/password-resets/mutations";
import { getResetPreview } from "@/lib/password-resets/queries";
import { hashInviteToken } from "@/lib/invitations/token";
import { verifyCredentials } from "@/lib/users/verify-credentials";
import { createTestUser, createTestWorkspace, readStoredEvents } from "@/tests/fixtures";

const NEW = "lantern-quarry-mosaic-41";
const tokenOf = (path: string) => path.split("/").pop()!;
const twice = (password: string) => ({ newPassword: password, confirmPassword: password });

describe("password reset links", () => {
  it("set a new password once, sign the person out everywhere and are audited", async () => {
    const ws = await createTestWorkspace();
    const versionBefore = await getSessionVersion(ws.reviewer.userId);
    const created = await createPasswordReset(ws.owner, ws.workspace.slug, ws.reviewer.userId);
    const token = tokenOf(created.path);
    const row = await db.passwordReset.findUniqueOrThrow({ where: { tokenHash: hashInviteToken(token) } });
    expect(JSON.stringify(row)).not.toContain(token);
    expect(row.expiresAt.getTime() - Date.now()).toBeGreaterThan(23 * 60 * 60_000);
    expect(await getResetPreview(token)).toEqual({ status: "usable", email: ws.reviewer.email });

    await expect(resetPassword(token, twice("1234567890"))).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: expect.stringMatching(/^Password: too easy to guess/),
    });
    await resetPassword(token, twice(NEW));
    expect(await getSessionVersion(ws.reviewer.userId)).toBe(versionBefore! + 1);
    expect(await verifyCredentials({ email: ws.reviewer.email, password: NEW })).toMatchObject({ status: "ok" });
    expect(await verifyCredentials({ email: ws.reviewer.email, password: "test-password" })).toEqual({
      status: "invalid",
    });

    await expect(resetPassword(token, twice("another-fine-mosaic-lantern"))).rejects.toMatchObject({
      code: "CONFLICT",
      message: "This reset link has already been used",
    });
    expect(await getResetPreview(token)).toMatchObject({ status: "used" });
    const actions = await db.auditEvent.findMany({
      where: { workspaceId: ws.workspace.id, entityType: "password_reset" },
      orderBy: { id: "asc" },
    });
    expect(actions.map((event) => [event.action, event.actorId])).toEqual([
      ["password_reset.created", ws.owner.userId],
      ["password_reset.used", ws.reviewer.userId],
    ]);
    const read = await readStoredEvents({ workspaceId: ws.workspace.id, entityType: "password_reset" });
    expect(read).toMatchObject([
      { action: "password_reset.created", after: { person: { id: ws.reviewer.userId } } },
      { action: "password_reset.used", after: { userId: ws.reviewer.userId } },
    ]);
  });

  it("refuse an expired link and an unknown one", async () => {
    const ws = await createTestWorkspace();
    const created = await createPasswordReset(ws.owner, ws.workspace.slug, ws.editor.userId);
    const later = new Date(Date.now() + 24 * 60 * 60_000 + 1_000);
    await expect(resetPassword(tokenOf(created.path), twice(NEW), later)).rejects.toMatchObject({
      code: "CONFLICT",
      message: "This reset link has expired",
    });
    await expect(resetPassword("A".repeat(43), twice(NEW))).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await getResetPreview("../etc")).toEqual({ status: "unknown" });
  });

  it("are for owners, for members of their workspace, and not for themselves", async () => {
    const ws = await createTestWorkspace();
    await expect(createPasswordReset(ws.editor, ws.workspace.slug, ws.reviewer.userId)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const other = await createTestWorkspace();
    await expect(createPasswordReset(other.owner, ws.workspace.slug, ws.reviewer.userId)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(createPasswordReset(other.owner, other.workspace.slug, ws.reviewer.userId)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(createPasswordReset(ws.owner, ws.workspace.slug, ws.owner.userId)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await db.passwordReset.count({ where: { userId: { in: [ws.reviewer.userId, ws.owner.userId] } } })).toBe(0);
  });

  it("refuse taking over someone who owns another workspace, and show other desks a member's reset", async () => {
    const a = await createTestWorkspace();
    const b = await createTestWorkspace();
    // B's owner joins A as a reviewer: A's owner must not be able to take over B through them.
    await db.membership.create({ data: { workspaceId: a.workspace.id, userId: b.owner.userId, role: "REVIEWER" } });
    await expect(createPasswordReset(a.owner, a.workspace.slug, b.owner.userId)).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: expect.stringContaining(b.workspace.name),
    });
    // B's reviewer in A as well: allowed, and B's activity shows it.
    await db.membership.create({ data: { workspaceId: a.workspace.id, userId: b.reviewer.userId, role: "VIEWER" } });
    const created = await createPasswordReset(a.owner, a.workspace.slug, b.reviewer.userId);
    expect(created.otherWorkspaces).toEqual([b.workspace.name]);
    const seenInB = await db.auditEvent.findFirstOrThrow({
      where: { workspaceId: b.workspace.id, action: "password_reset.created" },
    });
    expect(seenInB).toMatchObject({ actorId: a.owner.userId });
    expect(seenInB.after).toMatchObject({ workspaceName: a.workspace.name, person: { id: b.reviewer.userId } });
    const [read] = await readStoredEvents({ workspaceId: b.workspace.id, action: "password_reset.created" });
    expect(read).toMatchObject({ after: { workspaceName: a.workspace.name } });
  });

  it("let only one of two uses at the same moment through", async () => {
    const ws = await createTestWorkspace();
    const person = await createTestUser();
    await db.membership.create({ data: { workspaceId: ws.workspace.id, userId: person.userId, role: "VIEWER" } });
    const token = tokenOf((await createPasswordReset(ws.owner, ws.workspace.slug, person.userId)).path);
    const results = await Promise.allSettled([
      resetPassword(token, twice(NEW)),
      resetPassword(token, twice("another-fine-mosaic-lantern")),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
  });
});

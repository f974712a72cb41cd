// Data-layer tests on a real PostgreSQL (tests/global-setup.ts): creating, listing, revoking and
// accepting invite links; expiry, single use and revocation; and who may do each.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { acceptInvitation, createAccountAndAcceptInvitation } from "@/lib/invitations/accept";
import { createInvitation, revokeInvitation } from "@/lib/invitations/mutations";
import { getInvitePreview, listInvitations } from "@/lib/invitations/queries";
import { hashInviteToken } from "@/lib/invitations/token";
import { changeMemberRole, removeMember } from "@/lib/workspaces/mutations";
import { createTestUser, createTestWorkspace, readStoredEvents } from "@/tests/fixtures";

const DAY = 24 * 60 * 60_000;

async function setUp(role: "reviewer" | "owner" | "viewer" = "reviewer", expiresInDays = 7) {
  const ws = await createTestWorkspace();
  const created = await createInvitation(ws.owner, ws.workspace.slug, { role, expiresInDays });
  return { ws, ...created };
}

const membershipOf = (workspaceId: string, userId: string) =>
  db.membership.findUnique({ where: { workspaceId_userId: { workspaceId, userId } } });

const newAccount = () => {
  const id = crypto.randomUUID().slice(0, 8);
  return { name: `Nia ${id}`, email: `nia-${id}@factmark.test`, password: "a-long-password" };
};

describe("createInvitation", () => {
  it("returns the link once and stores only the token's hash, with the expiry asked for", async () => {
    const before = Date.now();
    const { ws, invitation, token, path } = await setUp("reviewer", 3);
    // Three days from the moment it was created, which lies between these two: setting up the
    // workspace first took over 5 s on a busy machine, so a fixed slack after `before` failed there.
    const after = Date.now();
    expect(path).toBe(`/invite/${token}`);
    const row = await db.invitation.findUniqueOrThrow({ where: { id: invitation.id } });
    expect(row.tokenHash).toBe(hashInviteToken(token));
    expect(JSON.stringify(row)).not.toContain(token);
    expect(row.expiresAt.getTime()).toBeGreaterThanOrEqual(before + 3 * DAY);
    expect(row.expiresAt.getTime()).toBeLessThanOrEqual(after + 3 * DAY);
    const event = await db.auditEvent.findFirstOrThrow({ where: { workspaceId: ws.workspace.id } });
    expect(event).toMatchObject({ action: "invitation.created", entityType: "invitation", articleId: null });
    expect(JSON.stringify(event.after)).not.toContain(token);
    expect(await readStoredEvents({ workspaceId: ws.workspace.id })).toMatchObject([
      { action: "invitation.created", after: { status: "pending" } },
    ]);
  });

  it("is for owners: other members get FORBIDDEN, outsiders NOT_FOUND, and nothing is written", async () => {
    const ws = await createTestWorkspace();
    for (const actor of [ws.editor, ws.reviewer, ws.viewerOnly]) {
      await expect(
        createInvitation(actor, ws.workspace.slug, { role: "owner", expiresInDays: 7 }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    const outsider = (await createTestWorkspace()).owner;
    await expect(
      createInvitation(outsider, ws.workspace.slug, { role: "owner", expiresInDays: 7 }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.invitation.count({ where: { workspaceId: ws.workspace.id } })).toBe(0);
    await expect(listInvitations(ws.editor, ws.workspace.slug)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("accepting an invitation", () => {
  it("creates a new person's account and membership, marks the link used and records member.joined", async () => {
    const { ws, invitation, token } = await setUp("reviewer");
    const account = newAccount();
    const joined = await createAccountAndAcceptInvitation(token, account);
    expect(joined).toEqual({ slug: ws.workspace.slug, name: ws.workspace.name, role: "reviewer" });
    const user = await db.user.findUniqueOrThrow({ where: { email: account.email } });
    expect(user.passwordHash).toMatch(/^\$2[aby]\$/);
    expect((await membershipOf(ws.workspace.id, user.id))?.role).toBe("REVIEWER");
    const row = await db.invitation.findUniqueOrThrow({ where: { id: invitation.id } });
    expect(row).toMatchObject({ acceptedById: user.id });
    expect(row.acceptedAt).not.toBeNull();
    const event = await db.auditEvent.findFirstOrThrow({
      where: { workspaceId: ws.workspace.id, action: "member.joined" },
    });
    expect(event).toMatchObject({ actorId: user.id, entityType: "membership", articleId: null });
    expect(event.after).toMatchObject({ userId: user.id, role: "reviewer", invitationId: invitation.id });
    const [joinedEvent] = await readStoredEvents({ workspaceId: ws.workspace.id, action: "member.joined" });
    expect(joinedEvent).toMatchObject({ after: { userId: user.id, invitationId: invitation.id } });
  });

  // Regression: any ten characters were accepted as a new account's password, "1234567890" too.
  it("refuses an easily guessed password in words, and creates no account nor uses the link", async () => {
    const { invitation, token } = await setUp("reviewer");
    const account = { ...newAccount(), password: "1234567890" };
    await expect(createAccountAndAcceptInvitation(token, account)).rejects.toMatchObject({
      code: "INVALID_INPUT",
      field: "password",
      message: expect.stringMatching(/^Password: too easy to guess — .*Add words that are uncommon together\.$/),
    });
    expect(await db.user.findUnique({ where: { email: account.email } })).toBeNull();
    expect((await db.invitation.findUniqueOrThrow({ where: { id: invitation.id } })).acceptedAt).toBeNull();
  });

  it("lets a signed-in person join, once: the link is single use", async () => {
    const { ws, token } = await setUp("viewer");
    const first = await createTestUser();
    const second = await createTestUser();
    await acceptInvitation(first, token);
    expect((await membershipOf(ws.workspace.id, first.userId))?.role).toBe("VIEWER");
    await expect(acceptInvitation(second, token)).rejects.toMatchObject({
      code: "CONFLICT",
      message: "This invite link has already been used",
    });
    await expect(createAccountAndAcceptInvitation(token, newAccount())).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await membershipOf(ws.workspace.id, second.userId)).toBeNull();
  });

  it("lets only one of two people accepting the same link at once in", async () => {
    const { ws, token } = await setUp();
    const people = [await createTestUser(), await createTestUser()];
    const results = await Promise.allSettled(people.map((person) => acceptInvitation(person, token)));
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(
      await db.membership.count({
        where: { workspaceId: ws.workspace.id, userId: { in: people.map((p) => p.userId) } },
      }),
    ).toBe(1);
  });

  it("refuses an expired link, and creates no account for it", async () => {
    const { ws, token } = await setUp("reviewer", 1);
    const account = newAccount();
    const dayAndASecondLater = new Date(Date.now() + DAY + 1_000);
    await expect(createAccountAndAcceptInvitation(token, account, dayAndASecondLater)).rejects.toMatchObject({
      code: "CONFLICT",
      message: "This invite link has expired",
    });
    expect(await db.user.findUnique({ where: { email: account.email } })).toBeNull();
    const person = await createTestUser();
    await expect(acceptInvitation(person, token, dayAndASecondLater)).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await membershipOf(ws.workspace.id, person.userId)).toBeNull();
    expect(await getInvitePreview(null, token, dayAndASecondLater)).toMatchObject({ status: "expired" });
  });

  it("refuses a revoked link", async () => {
    const { ws, invitation, token } = await setUp();
    await revokeInvitation(ws.owner, ws.workspace.slug, invitation.id);
    const person = await createTestUser();
    await expect(acceptInvitation(person, token)).rejects.toMatchObject({
      code: "CONFLICT",
      message: "This invite link has been revoked",
    });
    expect(await membershipOf(ws.workspace.id, person.userId)).toBeNull();
  });

  it("answers an unknown or malformed token with NOT_FOUND", async () => {
    const person = await createTestUser();
    await expect(acceptInvitation(person, "A".repeat(43))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(acceptInvitation(person, "../../etc")).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await getInvitePreview(person, "A".repeat(43))).toEqual({ status: "unknown" });
  });

  it("tells an existing member they already belong, and leaves the link unused", async () => {
    const { ws, invitation, token } = await setUp();
    expect(await getInvitePreview(ws.reviewer, token)).toMatchObject({ status: "pending", isMember: true });
    await expect(acceptInvitation(ws.reviewer, token)).rejects.toMatchObject({
      code: "CONFLICT",
      message: `You are already a member of ${ws.workspace.name}`,
    });
    expect((await db.invitation.findUniqueOrThrow({ where: { id: invitation.id } })).acceptedAt).toBeNull();
    expect((await membershipOf(ws.workspace.id, ws.reviewer.userId))?.role).toBe("REVIEWER");
  });

  it("refuses a new account for a registered email, leaving the link for them to use signed in", async () => {
    const { ws, token } = await setUp();
    const existing = await createTestUser();
    await expect(
      createAccountAndAcceptInvitation(token, { ...newAccount(), email: existing.email }),
    ).rejects.toMatchObject({ code: "CONFLICT", field: "email" });
    await acceptInvitation(existing, token);
    expect((await membershipOf(ws.workspace.id, existing.userId))?.role).toBe("REVIEWER");
  });
});

describe("listInvitations and revokeInvitation", () => {
  it("lists invitations with role, creator, expiry and status for owners", async () => {
    const { ws, invitation, token } = await setUp("viewer");
    const second = await createInvitation(ws.owner, ws.workspace.slug, { role: "owner", expiresInDays: 30 });
    await acceptInvitation(await createTestUser(), token);
    const list = await listInvitations(ws.owner, ws.workspace.slug);
    expect(list.map((entry) => [entry.id, entry.role, entry.status])).toEqual([
      [second.invitation.id, "owner", "pending"],
      [invitation.id, "viewer", "accepted"],
    ]);
    expect(list[0]!.createdBy).toEqual({ id: ws.owner.userId, name: ws.owner.name });
    expect(JSON.stringify(list)).not.toContain("tokenHash");
  });

  it("revokes with an invitation.revoked event; a used link cannot be revoked", async () => {
    const { ws, invitation, token } = await setUp();
    const other = await createInvitation(ws.owner, ws.workspace.slug, { role: "editor", expiresInDays: 7 });
    expect(await revokeInvitation(ws.owner, ws.workspace.slug, other.invitation.id)).toMatchObject({
      status: "revoked",
    });
    const event = await db.auditEvent.findFirstOrThrow({
      where: { action: "invitation.revoked", entityId: other.invitation.id },
    });
    expect(event).toMatchObject({ actorId: ws.owner.userId, workspaceId: ws.workspace.id });
    const [revoked] = await readStoredEvents({ action: "invitation.revoked", entityId: other.invitation.id });
    expect(revoked).toMatchObject({ before: { status: "pending" }, after: { status: "revoked" } });
    await acceptInvitation(await createTestUser(), token);
    await expect(revokeInvitation(ws.owner, ws.workspace.slug, invitation.id)).rejects.toMatchObject({
      code: "CONFLICT",
      message: "This invitation has already been accepted",
    });
  });

  it("refuses non-owners (403) and another workspace's owner (404), and writes nothing", async () => {
    const { ws, invitation } = await setUp();
    await expect(revokeInvitation(ws.editor, ws.workspace.slug, invitation.id)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const other = await createTestWorkspace();
    await expect(revokeInvitation(other.owner, ws.workspace.slug, invitation.id)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(revokeInvitation(other.owner, other.workspace.slug, invitation.id)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect((await db.invitation.findUniqueOrThrow({ where: { id: invitation.id } })).revokedAt).toBeNull();
  });

  it("revokes the open links of a removed owner, so they cannot walk back in", async () => {
    const { ws } = await setUp();
    await changeMemberRole(ws.owner, ws.workspace.slug, ws.editor.userId, { role: "owner" });
    const backdoor = await createInvitation(ws.editor, ws.workspace.slug, { role: "owner", expiresInDays: 30 });
    await removeMember(ws.owner, ws.workspace.slug, ws.editor.userId);
    await expect(acceptInvitation(await createTestUser(), backdoor.token)).rejects.toMatchObject({
      code: "CONFLICT",
      message: "This invite link has been revoked",
    });
  });
});

// Data-layer tests on a real PostgreSQL (tests/global-setup.ts): listing, re-roling and removing
// members; the last owner; and escalation attempts, which must be refused and write nothing.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createInvitation } from "@/lib/invitations/mutations";
import { createWorkspace } from "@/lib/workspaces/create-workspace";
import { listMembers, listViewerWorkspaces } from "@/lib/workspaces/member-queries";
import { changeMemberRole, removeMember } from "@/lib/workspaces/mutations";
import { createTestUser, createTestWorkspace, readStoredEvents } from "@/tests/fixtures";

let ws: Awaited<ReturnType<typeof createTestWorkspace>>;
beforeEach(async () => {
  ws = await createTestWorkspace();
});

const roleOf = async (userId: string) =>
  (await db.membership.findUnique({ where: { workspaceId_userId: { workspaceId: ws.workspace.id, userId } } }))?.role;
const memberEvents = () =>
  db.auditEvent.findMany({ where: { workspaceId: ws.workspace.id, entityType: "membership" }, orderBy: { id: "asc" } });

describe("listMembers", () => {
  it("shows every member with their role to any member, owners first, and manage rights to owners", async () => {
    const list = await listMembers(ws.viewerOnly, ws.workspace.slug);
    expect(list.members.map((member) => member.role)).toEqual(["owner", "editor", "reviewer", "reviewer", "viewer"]);
    expect(list.viewer).toMatchObject({ role: "viewer", canManageMembers: false });
    expect((await listMembers(ws.owner, ws.workspace.slug)).viewer.canManageMembers).toBe(true);
  });

  it("hides the workspace from outsiders", async () => {
    const outsider = await createTestUser();
    await expect(listMembers(outsider, ws.workspace.slug)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("changeMemberRole", () => {
  it("lets an owner change a role, with a member.role_changed event holding both roles", async () => {
    const member = await changeMemberRole(ws.owner, ws.workspace.slug, ws.reviewer.userId, { role: "viewer" });
    expect(member).toMatchObject({ userId: ws.reviewer.userId, role: "viewer" });
    expect(await roleOf(ws.reviewer.userId)).toBe("VIEWER");
    const [event] = await memberEvents();
    expect(event).toMatchObject({ action: "member.role_changed", actorId: ws.owner.userId, articleId: null });
    expect(event!.before).toMatchObject({ userId: ws.reviewer.userId, role: "reviewer" });
    expect(event!.after).toMatchObject({ userId: ws.reviewer.userId, role: "viewer" });
    const [read] = await readStoredEvents({ workspaceId: ws.workspace.id, entityType: "membership" });
    expect(read).toMatchObject({
      action: "member.role_changed",
      before: { role: "reviewer" },
      after: { role: "viewer" },
    });
  });

  it("refuses every non-owner, even promoting themselves, and writes nothing", async () => {
    for (const actor of [ws.editor, ws.reviewer, ws.viewerOnly]) {
      await expect(changeMemberRole(actor, ws.workspace.slug, actor.userId, { role: "owner" })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    }
    await expect(
      changeMemberRole(ws.editor, ws.workspace.slug, ws.owner.userId, { role: "viewer" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await roleOf(ws.editor.userId)).toBe("EDITOR");
    expect(await roleOf(ws.owner.userId)).toBe("OWNER");
    expect(await memberEvents()).toHaveLength(0);
  });

  it("answers an owner of another workspace with NOT_FOUND, and writes nothing", async () => {
    // Regression guard: owning *a* workspace must not let anyone re-role people in another one.
    const other = await createTestWorkspace();
    await expect(
      changeMemberRole(other.owner, ws.workspace.slug, ws.reviewer.userId, { role: "owner" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    // Nor reach another workspace's member through their own workspace's URL.
    await expect(
      changeMemberRole(other.owner, other.workspace.slug, ws.reviewer.userId, { role: "viewer" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await roleOf(ws.reviewer.userId)).toBe("REVIEWER");
    expect(await memberEvents()).toHaveLength(0);
  });

  it("refuses to demote the last owner with CONFLICT, and allows it once there is another", async () => {
    await expect(
      changeMemberRole(ws.owner, ws.workspace.slug, ws.owner.userId, { role: "editor" }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/last owner/) });
    expect(await roleOf(ws.owner.userId)).toBe("OWNER");
    await changeMemberRole(ws.owner, ws.workspace.slug, ws.editor.userId, { role: "owner" });
    await changeMemberRole(ws.owner, ws.workspace.slug, ws.owner.userId, { role: "editor" });
    expect(await roleOf(ws.owner.userId)).toBe("EDITOR");
  });

  it("lets only one of two owners demoting each other at the same moment succeed", async () => {
    await changeMemberRole(ws.owner, ws.workspace.slug, ws.editor.userId, { role: "owner" });
    const results = await Promise.allSettled([
      changeMemberRole(ws.owner, ws.workspace.slug, ws.editor.userId, { role: "editor" }),
      changeMemberRole(ws.editor, ws.workspace.slug, ws.owner.userId, { role: "editor" }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(await db.membership.count({ where: { workspaceId: ws.workspace.id, role: "OWNER" } })).toBe(1);
  });

  it("revokes the open invite links of an owner who is demoted", async () => {
    await changeMemberRole(ws.owner, ws.workspace.slug, ws.editor.userId, { role: "owner" });
    const { invitation } = await createInvitation(ws.editor, ws.workspace.slug, { role: "owner", expiresInDays: 7 });
    await changeMemberRole(ws.owner, ws.workspace.slug, ws.editor.userId, { role: "editor" });
    const row = await db.invitation.findUniqueOrThrow({ where: { id: invitation.id } });
    expect(row.revokedAt).not.toBeNull();
  });
});

describe("removeMember", () => {
  it("lets an owner remove a member, with a member.removed event; their next load is NOT_FOUND", async () => {
    await removeMember(ws.owner, ws.workspace.slug, ws.secondReviewer.userId);
    expect(await roleOf(ws.secondReviewer.userId)).toBeUndefined();
    const [event] = await memberEvents();
    expect(event).toMatchObject({ action: "member.removed", actorId: ws.owner.userId });
    expect(event!.before).toMatchObject({ userId: ws.secondReviewer.userId, role: "reviewer" });
    const [read] = await readStoredEvents({ workspaceId: ws.workspace.id, entityType: "membership" });
    expect(read).toMatchObject({ action: "member.removed", before: { userId: ws.secondReviewer.userId }, after: null });
    await expect(listMembers(ws.secondReviewer, ws.workspace.slug)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("refuses to remove the last owner, even by themself", async () => {
    await expect(removeMember(ws.owner, ws.workspace.slug, ws.owner.userId)).rejects.toMatchObject({
      code: "CONFLICT",
      message: "The last owner cannot be removed: make someone else an owner first",
    });
    expect(await roleOf(ws.owner.userId)).toBe("OWNER");
  });

  it("refuses non-owners (403) and outsiders (404), and writes nothing", async () => {
    await expect(removeMember(ws.editor, ws.workspace.slug, ws.viewerOnly.userId)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const outsider = (await createTestWorkspace()).owner;
    await expect(removeMember(outsider, ws.workspace.slug, ws.viewerOnly.userId)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(removeMember(ws.owner, ws.workspace.slug, outsider.userId)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await roleOf(ws.viewerOnly.userId)).toBe("VIEWER");
    expect(await memberEvents()).toHaveLength(0);
  });
});

describe("createWorkspace and listViewerWorkspaces", () => {
  it("makes the creator the owner, with a member.joined event, and lists it beside their others", async () => {
    const created = await createWorkspace(ws.reviewer, { name: `Night desk ${ws.workspace.slug}` });
    expect(created).toMatchObject({ slug: `night-desk-${ws.workspace.slug}`, role: "owner" });
    const workspace = await db.workspace.findUniqueOrThrow({ where: { slug: created.slug } });
    const event = await db.auditEvent.findFirstOrThrow({ where: { workspaceId: workspace.id } });
    expect(event).toMatchObject({ action: "member.joined", entityType: "membership", actorId: ws.reviewer.userId });
    const [read] = await readStoredEvents({ workspaceId: workspace.id });
    expect(read).toMatchObject({ action: "member.joined", after: { role: "owner", via: "created the workspace" } });
    const mine = await listViewerWorkspaces(ws.reviewer);
    expect(mine).toEqual(
      expect.arrayContaining([
        { slug: ws.workspace.slug, name: ws.workspace.name, role: "reviewer" },
        { slug: created.slug, name: `Night desk ${ws.workspace.slug}`, role: "owner" },
      ]),
    );
  });

  it("gives a taken name the next free slug", async () => {
    const name = `Same name ${ws.workspace.slug}`;
    const first = await createWorkspace(ws.owner, { name });
    const second = await createWorkspace(ws.editor, { name });
    expect(second.slug).toBe(`${first.slug}-2`);
  });
});

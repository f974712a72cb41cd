// Personal access tokens: a token stands for its owner in exactly one workspace, with their role
// there now, and stops working when revoked, expired or when its owner leaves.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listArticlesPage } from "@/lib/articles/queries";
import { createClaim } from "@/lib/claims/mutations";
import { createToken, revokeToken } from "@/lib/tokens/mutations";
import { getViewerForToken, listTokens } from "@/lib/tokens/queries";
import { bearerTokenOf, createApiToken, hashApiToken } from "@/lib/tokens/token";
import { createTestWorkspace, readStoredEvents, selectionOf } from "@/tests/fixtures";

const code = (promise: Promise<unknown>) =>
  promise.then(
    () => "OK",
    (error: { code?: string }) => error.code,
  );

describe("personal access tokens", () => {
  it("are stored as a hash, shown once, and act as their owner in their workspace", async () => {
    const desk = await createTestWorkspace();
    const { token, secret } = await createToken(desk.reviewer, desk.workspace.slug, { name: "CI" });
    expect(secret).toMatch(/^fmk_[A-Za-z0-9_-]{43}$/);
    expect(token.prefix).toBe(secret.slice(0, 10));
    const row = await db.apiToken.findUniqueOrThrow({ where: { id: token.id } });
    expect(row.tokenHash).toBe(hashApiToken(secret));
    expect(JSON.stringify(await listTokens(desk.reviewer, desk.workspace.slug))).not.toContain(secret);

    const viewer = await getViewerForToken(secret);
    expect(viewer).toMatchObject({ userId: desk.reviewer.userId, workspaceId: desk.workspace.id });
    const claim = await createClaim(viewer, desk.whoIsFriends, await selectionOf(desk.whoIsFriends, "North Korea"));
    expect(claim.createdBy.id).toBe(desk.reviewer.userId);

    const events = await db.auditEvent.findMany({ where: { entityType: "token", entityId: token.id } });
    expect(events.map((event) => event.action)).toEqual(["token.created"]);
    const [read] = await readStoredEvents({ entityType: "token", entityId: token.id });
    expect(read).toMatchObject({ action: "token.created", after: { id: token.id, revokedAt: null } });
  });

  it("cannot reach the owner's other workspaces", async () => {
    const desk = await createTestWorkspace();
    const other = await createTestWorkspace();
    await db.membership.create({
      data: { workspaceId: other.workspace.id, userId: desk.reviewer.userId, role: "EDITOR" },
    });
    const { secret } = await createToken(desk.reviewer, desk.workspace.slug, { name: "scoped" });
    const viewer = await getViewerForToken(secret);
    const firstPage = { limit: 10, after: null };
    expect(await code(listArticlesPage(viewer, desk.workspace.slug, firstPage))).toBe("OK");
    expect(await code(listArticlesPage(viewer, other.workspace.slug, firstPage))).toBe("NOT_FOUND");
    expect(await code(listArticlesPage(desk.reviewer, other.workspace.slug, firstPage))).toBe("OK");
    // Nor may it mint a token that would escape its own revocation.
    expect(await code(createToken(viewer, desk.workspace.slug, { name: "child" }))).toBe("FORBIDDEN");
  });

  it("stop working when revoked, expired, unknown, or when the owner leaves", async () => {
    const desk = await createTestWorkspace();
    const now = new Date();
    const revoked = await createToken(desk.editor, desk.workspace.slug, { name: "old" });
    await revokeToken(desk.editor, desk.workspace.slug, revoked.token.id);
    expect(await code(getViewerForToken(revoked.secret))).toBe("UNAUTHENTICATED");
    expect(await code(revokeToken(desk.editor, desk.workspace.slug, revoked.token.id))).toBe("CONFLICT");

    const expiring = await createToken(desk.editor, desk.workspace.slug, { name: "day", expiresInDays: 1 }, now);
    expect(await code(getViewerForToken(expiring.secret, now))).toBe("OK");
    expect(await code(getViewerForToken(expiring.secret, new Date(now.getTime() + 25 * 3600_000)))).toBe(
      "UNAUTHENTICATED",
    );

    expect(await code(getViewerForToken(createApiToken().token))).toBe("UNAUTHENTICATED");
    expect(await code(getViewerForToken("not-a-token"))).toBe("UNAUTHENTICATED");

    const leaver = await createToken(desk.secondReviewer, desk.workspace.slug, { name: "leaver" });
    await db.membership.deleteMany({ where: { workspaceId: desk.workspace.id, userId: desk.secondReviewer.userId } });
    expect(await code(getViewerForToken(leaver.secret))).toBe("UNAUTHENTICATED");
  });

  it("are personal: someone else's token is not found, even by an owner", async () => {
    const desk = await createTestWorkspace();
    const { token } = await createToken(desk.reviewer, desk.workspace.slug, { name: "mine" });
    expect(await code(revokeToken(desk.owner, desk.workspace.slug, token.id))).toBe("NOT_FOUND");
    expect(await listTokens(desk.owner, desk.workspace.slug)).toEqual([]);
  });

  it("record lastUsedAt at most once a minute", async () => {
    const desk = await createTestWorkspace();
    const { token, secret } = await createToken(desk.viewerOnly, desk.workspace.slug, { name: "poll" });
    const t0 = new Date("2030-01-01T10:00:00Z");
    await getViewerForToken(secret, t0);
    await getViewerForToken(secret, new Date(t0.getTime() + 30_000));
    expect((await db.apiToken.findUniqueOrThrow({ where: { id: token.id } })).lastUsedAt).toEqual(t0);
    const later = new Date(t0.getTime() + 61_000);
    await getViewerForToken(secret, later);
    expect((await db.apiToken.findUniqueOrThrow({ where: { id: token.id } })).lastUsedAt).toEqual(later);
  });

  it("are read from an Authorization: Bearer header", () => {
    const request = (value?: string) => new Request("http://x/", { headers: value ? { authorization: value } : {} });
    expect(bearerTokenOf(request())).toBeNull();
    expect(bearerTokenOf(request("Bearer fmk_abc"))).toBe("fmk_abc");
    expect(bearerTokenOf(request("Basic dXNlcg=="))).toBe("");
  });
});

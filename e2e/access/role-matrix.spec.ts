// Every mutating operation of a workspace (each example body of it) × every kind of caller: anonymous (401), a member of another workspace
// (404: existence is private), viewer, reviewer, editor, owner (the route's rule decides: its
// success status or 403). After every refusal the workspace's data is exactly as before.
import type { APIRequestContext } from "@playwright/test";
import { apiClient, createDesk, expect, test, type Desk } from "../fixtures/desk";
import { matrixRoutes, type Caller, type MatrixRoute } from "../fixtures/matrix-routes";

const CALLERS: Caller[] = ["anonymous", "outsider", "viewer", "reviewer", "editor", "owner"];

/** Everything a refused request must not have touched, for one workspace. */
async function snapshot(desk: Desk) {
  const workspace = await desk.db.workspace.findUniqueOrThrow({ where: { slug: desk.slug } });
  const where = { article: { workspaceId: workspace.id } };
  const [claims, evidence, comments, members, invitations, dismissals, events] = await Promise.all([
    desk.db.claim.findMany({ where, orderBy: { id: "asc" } }),
    desk.db.evidence.findMany({ where: { claim: where }, orderBy: { id: "asc" } }),
    desk.db.comment.findMany({ where: { claim: where }, orderBy: { id: "asc" } }),
    desk.db.membership.findMany({ where: { workspaceId: workspace.id }, orderBy: { id: "asc" } }),
    desk.db.invitation.findMany({ where: { workspaceId: workspace.id }, orderBy: { id: "asc" } }),
    desk.db.suggestionDismissal.findMany({ where: { article: { workspaceId: workspace.id } } }),
    desk.db.auditEvent.count({ where: { workspaceId: workspace.id } }),
  ]);
  return JSON.stringify({ claims, evidence, comments, members, invitations, dismissals, events }, (_k, v) =>
    typeof v === "bigint" ? v.toString() : v,
  );
}

function expectedStatus(route: MatrixRoute, caller: Caller): number {
  if (caller === "anonymous") return 401;
  if (caller === "outsider") return 404;
  return route.allowed.includes(caller) ? route.success : 403;
}

// One test per row: each gets its own desk, and a failure names the operation.
for (const route of matrixRoutes) {
  test(`role matrix: ${route.name}`, async ({ desk, baseURL }) => {
    const outsiderDesk = await createDesk(desk.db);
    const clients: Record<Caller, APIRequestContext> = {
      anonymous: await apiClient(baseURL!),
      outsider: await apiClient(baseURL!, outsiderDesk.emails.owner),
      viewer: await apiClient(baseURL!, desk.emails.viewer),
      reviewer: await apiClient(baseURL!, desk.emails.reviewer),
      editor: await apiClient(baseURL!, desk.emails.editor),
      owner: await apiClient(baseURL!, desk.emails.owner),
    };
    for (const caller of CALLERS) {
      // A fresh target per request: a success must not change what the next caller meets.
      const request = await route.prepare(desk, clients, caller);
      const before = await snapshot(desk);
      const response = await clients[caller].fetch(request.path, {
        method: route.method,
        ...(request.body === undefined ? {} : { data: request.body }),
      });
      const expected = expectedStatus(route, caller);
      expect(response.status(), `${route.name} as ${caller}: ${await response.text()}`).toBe(expected);
      if (expected >= 400) expect(await snapshot(desk), `${route.name} as ${caller} changed data`).toBe(before);
    }
  });
}

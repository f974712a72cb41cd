// Rule: the session decides. With valid bodies on every route: no session (or a forged one) is a
// 401, a viewer asking for more than a viewer may is a 403, a member of another workspace gets a 404 (existence is
// private), a second reviewer may not touch the first one's records (403), and none of these
// refusals writes anything.
import { createDesk } from "../fixtures/desk";
import { expect, expectRefusedUnchanged, snapshotDesk, test } from "../fixtures/hostile-http";
import { ROUTES, validRequest } from "../fixtures/hostile-routes";

test("every route refuses the anonymous, the viewer's mutations and outsiders", async ({ desk, hostile, targets }) => {
  const anonymous = await hostile.as();
  const viewer = await hostile.as(desk.emails.viewer);
  const otherDesk = await createDesk(desk.db);
  const outsider = await hostile.as(otherDesk.emails.owner);
  const before = await snapshotDesk(desk);
  const otherBefore = await snapshotDesk(otherDesk);

  for (const route of ROUTES) {
    const { url, body } = validRequest(route, targets);
    const asAnonymous = await hostile.send(anonymous, route.method, url, { json: body });
    await expectRefusedUnchanged(
      desk,
      before,
      asAnonymous,
      { status: 401, code: "UNAUTHENTICATED" },
      `anonymous ${route.name}`,
    );

    // What a viewer may do, they may read; their own tokens are theirs to make (the role matrix).
    if (!route.isForViewers) {
      const asViewer = await hostile.send(viewer, route.method, url, { json: body });
      await expectRefusedUnchanged(desk, before, asViewer, { status: 403, code: "FORBIDDEN" }, `viewer ${route.name}`);
    } else if (!route.isMutation) {
      const asViewer = await hostile.send(viewer, route.method, url, { json: body });
      expect(asViewer.status, `viewer ${route.name}: ${asViewer.text}`).toBe(200);
    }

    const asOutsider = await hostile.send(outsider, route.method, url, { json: body });
    await expectRefusedUnchanged(
      desk,
      before,
      asOutsider,
      { status: 404, code: "NOT_FOUND" },
      `outsider ${route.name}`,
    );
  }
  expect(await snapshotDesk(otherDesk), "nothing lands in the outsider's own workspace").toBe(otherBefore);
});

test("a second reviewer cannot change or remove the first one's records", async ({ desk, hostile, targets }) => {
  const second = await hostile.as(desk.emails.secondReviewer);
  const before = await snapshotDesk(desk);
  for (const route of ROUTES.filter((r) => r.isCreatorsOnly)) {
    const { url, body } = validRequest(route, targets);
    const reply = await hostile.send(second, route.method, url, { json: body });
    await expectRefusedUnchanged(
      desk,
      before,
      reply,
      { status: 403, code: "FORBIDDEN" },
      `second reviewer ${route.name}`,
    );
  }
});

test("forged and tampered session cookies are treated as no session", async ({ desk, hostile, targets }) => {
  const reviewer = await hostile.as(desk.emails.reviewer);
  const { cookies } = await reviewer.storageState();
  const real = cookies.find((c) => c.name.endsWith("authjs.session-token"))!.value;
  const flipped = (at: number) => real.slice(0, at) + (real[at] === "A" ? "B" : "A") + real.slice(at + 1);
  const forged = [
    "garbage",
    // An unsigned JWT ("alg": "none") claiming to be someone.
    "eyJhbGciOiJub25lIn0.eyJzdWIiOiJhZG1pbiIsImVtYWlsIjoib2xpdmlhQGZhY3RtYXJrLnRlc3QifQ.",
    flipped(Math.floor(real.length / 2)),
    flipped(real.length - 3),
    "x".repeat(3_500),
    "%00",
  ];
  const anonymous = await hostile.as();
  const before = await snapshotDesk(desk);
  for (const token of forged) {
    for (const route of ROUTES) {
      const { url, body } = validRequest(route, targets);
      const reply = await hostile.send(anonymous, route.method, url, {
        json: body,
        headers: { cookie: `authjs.session-token=${token}` },
      });
      await expectRefusedUnchanged(
        desk,
        before,
        reply,
        { status: 401, code: "UNAUTHENTICATED" },
        `${route.name} token=${token.slice(0, 30)}`,
      );
    }
  }
});

// The suite's "nothing written" checks compare snapshots: this shows a real write changes one.
test("the row snapshot sees every kind of write", async ({ desk, hostile, targets }) => {
  const reviewer = await hostile.as(desk.emails.reviewer);
  const writes = [
    () => reviewer.put(`/api/v1/claims/${targets.claimId}/verdict`, { data: { verdict: "verified" } }),
    () => reviewer.put(`/api/v1/evidence/${targets.evidenceId}`, { data: { note: "edited", stance: "context" } }),
    () => reviewer.delete(`/api/v1/evidence/${targets.evidenceId}`),
  ];
  for (const write of writes) {
    const before = await snapshotDesk(desk);
    expect((await write()).status()).toBeLessThan(300);
    expect(await snapshotDesk(desk)).not.toBe(before);
  }
});

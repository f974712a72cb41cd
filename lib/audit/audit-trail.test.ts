// Every mutation writes its audit event in the same transaction as the change: one event per
// change, with actor, entity, before and after; a refused change writes none.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { listActivity, listClaimHistory } from "@/lib/audit/queries";
import { createClaim, deleteClaim } from "@/lib/claims/mutations";
import { db } from "@/lib/db";
import { addEvidence, removeEvidence, updateEvidence } from "@/lib/evidence/mutations";
import { addEvidenceSchema } from "@/lib/evidence/schema";
import { setVerdict } from "@/lib/verdicts/mutations";
import { createTestWorkspace, readStoredEvents, selectionOf } from "@/tests/fixtures";

let ws: Awaited<ReturnType<typeof createTestWorkspace>>;
beforeAll(async () => {
  ws = await createTestWorkspace();
});

const eventsOf = (entityId: string) => db.auditEvent.findMany({ where: { entityId }, orderBy: { id: "asc" } });

describe("audit trail", () => {
  it("records claims, verdicts and evidence with actor, before and after", async () => {
    const claim = await createClaim(
      ws.reviewer,
      ws.whoIsFriends,
      await selectionOf(ws.whoIsFriends, "Kim Jong-un visited Tehran in 2018"),
    );
    await setVerdict(ws.secondReviewer, claim.id, { verdict: "verified" });
    const evidence = await addEvidence(
      ws.reviewer,
      claim.id,
      addEvidenceSchema.parse({ stance: "supports", note: "KCNA report" }),
    );
    await updateEvidence(
      ws.editor,
      evidence.id,
      addEvidenceSchema.parse({ stance: "context", note: "KCNA report, 2018" }),
    );
    await removeEvidence(ws.editor, evidence.id);
    await deleteClaim(ws.editor, claim.id);

    const claimEvents = await eventsOf(claim.id);
    expect(claimEvents.map((e) => [e.action, e.actorId])).toEqual([
      ["claim.created", ws.reviewer.userId],
      ["verdict.set", ws.secondReviewer.userId],
      ["claim.deleted", ws.editor.userId],
    ]);
    expect(claimEvents.every((e) => e.workspaceId === ws.workspace.id && e.articleId === ws.whoIsFriends)).toBe(true);
    expect(claimEvents[1]).toMatchObject({
      before: { verdict: "unreviewed" },
      after: { verdict: "verified", version: 2 },
    });

    const evidenceEvents = await eventsOf(evidence.id);
    expect(evidenceEvents.map((e) => e.action)).toEqual(["evidence.added", "evidence.updated", "evidence.removed"]);
    expect(evidenceEvents[1]).toMatchObject({
      before: { stance: "supports", claimId: claim.id },
      after: { stance: "context", note: "KCNA report, 2018" },
    });
    expect(evidenceEvents[2]?.after).toBeNull();

    // Each reads back as its typed event, as the feed and live views read it.
    const read = await readStoredEvents({ entityId: { in: [claim.id, evidence.id] } });
    expect(read.map((e) => e.action)).toEqual([
      "claim.created",
      "verdict.set",
      "evidence.added",
      "evidence.updated",
      "evidence.removed",
      "claim.deleted",
    ]);
    expect(read.map((e) => e.version)).toEqual([1, 1, 1, 1, 1, 1]);
  });

  it("leaves a row it cannot read out of the feed and the claim's history", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const claim = await createClaim(ws.reviewer, ws.whoIsFriends, await selectionOf(ws.whoIsFriends, "Vietnam"));
    await db.auditEvent.create({
      data: {
        workspaceId: ws.workspace.id,
        articleId: ws.whoIsFriends,
        actorId: ws.reviewer.userId,
        action: "verdict.set",
        entityType: "claim",
        entityId: claim.id,
        after: { verdict: "nonsense" },
      },
    });
    const history = await listClaimHistory(ws.viewerOnly, claim.id);
    expect(history.map((a) => a.action)).toEqual(["claim.created"]);
    const feed = await listActivity(ws.viewerOnly, ws.workspace.slug, {});
    expect(feed.events[0]).toMatchObject({ action: "claim.created", claimId: claim.id, summary: "marked “Vietnam”" });
    vi.restoreAllMocks();
  });

  it("writes nothing for a refused change", async () => {
    const before = await db.auditEvent.count({ where: { workspaceId: ws.workspace.id } });
    const selection = await selectionOf(ws.whoIsFriends, "Vietnam is another unlikely friend");
    await expect(createClaim(ws.viewerOnly, ws.whoIsFriends, selection)).rejects.toThrow();
    await expect(createClaim(ws.reviewer, ws.whoIsFriends, { ...selection, exact: "nope" })).rejects.toThrow();
    expect(await db.auditEvent.count({ where: { workspaceId: ws.workspace.id } })).toBe(before);
  });
});

// The DTO schemas describe what the converters really send: DTOs made from real rows (real
// PostgreSQL, tests/global-setup.ts) parse with their schema, and parsing drops nothing, so no
// field is missing from a schema (z.object strips keys it does not name).
import { beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { assignClaim } from "@/lib/assignments/mutations";
import { assignClaimSchema } from "@/lib/assignments/schema";
import { activityDtoSchema } from "@/lib/audit/dto";
import { listClaimHistory } from "@/lib/audit/queries";
import { claimDetailDtoSchema, claimDtoSchema, claimPageDtoSchema } from "@/lib/claims/dto";
import { createClaim } from "@/lib/claims/mutations";
import { getClaimDetail, listClaimsPage } from "@/lib/claims/queries";
import { commentDtoSchema, threadDtoSchema } from "@/lib/comments/dto";
import { addComment } from "@/lib/comments/mutations";
import { getThread } from "@/lib/comments/queries";
import { addCommentSchema } from "@/lib/comments/schema";
import { evidenceDtoSchema } from "@/lib/evidence/dto";
import { addEvidence } from "@/lib/evidence/mutations";
import { addEvidenceSchema } from "@/lib/evidence/schema";
import { liveEventDtoSchema } from "@/lib/live/dto";
import { listArticleEventsAfter } from "@/lib/live/events";
import type { RichTextDoc } from "@/lib/rich-text/schema";
import { verdictChangeDtoSchema } from "@/lib/verdicts/dto";
import { setVerdict } from "@/lib/verdicts/mutations";
import { createTestWorkspace, selectionOf } from "@/tests/fixtures";

let ws: Awaited<ReturnType<typeof createTestWorkspace>>;
beforeAll(async () => {
  ws = await createTestWorkspace();
});

const doc = (text: string): RichTextDoc => ({
  type: "doc",
  content: [
    { type: "paragraph", content: [{ type: "text", text, marks: [{ type: "italic" }] }] },
    {
      type: "bulletList",
      content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "Reuters" }] }] }],
    },
  ],
});

/** The DTO parses, and parsing gives back the same value: the schema names every field. */
function expectParses<T>(schema: z.ZodType<T>, dto: unknown) {
  const parsed = schema.safeParse(dto);
  expect(parsed.error?.issues ?? []).toEqual([]);
  expect(parsed.data).toEqual(dto);
}

describe("DTO schemas", () => {
  it("describe a claim, its detail, evidence, verdict history, comments and thread made from real rows", async () => {
    const claim = await createClaim(
      ws.reviewer,
      ws.whoIsFriends,
      await selectionOf(ws.whoIsFriends, "first joint military parade"),
    );
    expectParses(claimDtoSchema, claim);

    const assigned = await assignClaim(
      ws.editor,
      claim.id,
      assignClaimSchema.parse({ assigneeId: ws.reviewer.userId, dueAt: "2026-12-01" }),
    );
    expect(assigned.assignee).not.toBeNull();
    expectParses(claimDtoSchema, assigned);

    const judged = await setVerdict(ws.reviewer, claim.id, {
      verdict: "disputed",
      rationaleDoc: doc("No parade that year"),
    });
    expect(judged.history).toHaveLength(1);
    expectParses(claimDetailDtoSchema, judged);
    expectParses(verdictChangeDtoSchema, judged.history[0]);

    const source = await addEvidence(
      ws.reviewer,
      claim.id,
      addEvidenceSchema.parse({
        url: "https://example.com/parade",
        title: "Parade",
        stance: "refutes",
        noteDoc: doc("Archive"),
      }),
    );
    const passageSelection = await selectionOf(ws.friendsAndComrades, "Well, Toto");
    const passage = await addEvidence(
      ws.reviewer,
      claim.id,
      addEvidenceSchema.parse({
        stance: "context",
        passage: { articleId: ws.friendsAndComrades, ...passageSelection },
      }),
    );
    expect(passage.passage).not.toBeNull();
    for (const evidence of [source, passage]) expectParses(evidenceDtoSchema, evidence);

    const comment = await addComment(
      ws.secondReviewer,
      claim.id,
      addCommentSchema.parse({ bodyDoc: doc("Who says so?") }),
    );
    expectParses(commentDtoSchema, comment);
    expectParses(threadDtoSchema, await getThread(ws.viewerOnly, claim.id));

    const detail = await getClaimDetail(ws.viewerOnly, claim.id);
    expect(detail.evidence).toHaveLength(2);
    expectParses(claimDetailDtoSchema, detail);
    expectParses(claimPageDtoSchema, await listClaimsPage(ws.viewerOnly, ws.whoIsFriends, { limit: 500, after: null }));
  });

  it("describe the live events and activity those changes recorded", async () => {
    const events = await listArticleEventsAfter(ws.whoIsFriends, 0n);
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) expectParses(liveEventDtoSchema, event);
    const claimId = events.find((event) => event.entityType === "claim")!.entityId;
    for (const activity of await listClaimHistory(ws.viewerOnly, claimId)) expectParses(activityDtoSchema, activity);
  });
});

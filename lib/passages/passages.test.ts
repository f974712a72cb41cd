// Data-layer tests against a real PostgreSQL: a passage of one article cited as evidence for a
// claim in another, its backlinks, the related passages, and how reports show it.
import { beforeAll, describe, expect, it } from "vitest";
import { createClaim } from "@/lib/claims/mutations";
import { getClaimDetail } from "@/lib/claims/queries";
import { renderCsv } from "@/lib/exports/render-csv";
import { renderMarkdown } from "@/lib/exports/render-markdown";
import { addEvidence, updateEvidence } from "@/lib/evidence/mutations";
import { addEvidenceSchema } from "@/lib/evidence/schema";
import { listCitations } from "@/lib/passages/citations";
import { listRelatedPassages } from "@/lib/passages/queries";
import { getArticleReport } from "@/lib/reports/queries";
import { createTestWorkspace, selectionOf } from "@/tests/fixtures";
import { annotationsOf } from "@/tests/report-desk";

const WAR_CLAIM = "the two countries had fought a bloody war together in 1950";
const KOREAN_WAR = "That period, along with the 1950-53 Korean War, shaped modern North Korea’s foreign policy";

let ws: Awaited<ReturnType<typeof createTestWorkspace>>;
let claimId: string;
beforeAll(async () => {
  ws = await createTestWorkspace();
  claimId = (await createClaim(ws.reviewer, ws.whoIsFriends, await selectionOf(ws.whoIsFriends, WAR_CLAIM))).id;
});

const cite = async (articleId: string, exact: string, stance = "refutes") =>
  addEvidenceSchema.parse({ stance, passage: { articleId, ...(await selectionOf(articleId, exact)) } });

describe("passage evidence", () => {
  it("cites a passage of the other article, anchored to its current text", async () => {
    const evidence = await addEvidence(ws.reviewer, claimId, await cite(ws.friendsAndComrades, KOREAN_WAR));
    const selection = await selectionOf(ws.friendsAndComrades, KOREAN_WAR);
    expect(evidence).toMatchObject({ url: null, stance: "refutes" });
    expect(evidence.passage).toEqual({
      articleId: ws.friendsAndComrades,
      articleSlug: expect.stringContaining("friends-and-comrades"),
      articleTitle: "Friends and Comrades: North Korea’s Foreign Relations",
      exact: KOREAN_WAR,
      start: selection.start,
      end: selection.end,
      status: "exact",
      quality: 1,
    });
    const detail = await getClaimDetail(ws.viewerOnly, claimId);
    expect(detail.evidence.find((e) => e.id === evidence.id)?.passage?.exact).toBe(KOREAN_WAR);
  });

  it("cites another paragraph of the same article, and keeps the passage through an edit", async () => {
    const own = "It has been standing by North Korea since 1950";
    const evidence = await addEvidence(ws.reviewer, claimId, await cite(ws.whoIsFriends, own, "context"));
    expect(evidence.passage?.articleTitle).toBe("Who Is Friends With North Korea");
    const edited = await updateEvidence(ws.reviewer, evidence.id, { ...evidence, note: "China, not Vietnam" });
    expect(edited).toMatchObject({ note: "China, not Vietnam", passage: { exact: own } });
  });

  // Rule: an article of another workspace is as unknown as a missing one (404 naming the field).
  it("refuses an article of another workspace with a 404 on passage.articleId", async () => {
    const other = await createTestWorkspace();
    const input = await cite(other.friendsAndComrades, KOREAN_WAR);
    await expect(addEvidence(ws.reviewer, claimId, input)).rejects.toMatchObject({
      code: "NOT_FOUND",
      field: "passage.articleId",
    });
  });

  it("refuses a quote that does not match the article's text, naming passage.exact", async () => {
    const input = await cite(ws.friendsAndComrades, KOREAN_WAR);
    const stale = {
      ...input,
      passage: { ...input.passage!, exact: "That period, along with the 1950-53 Vietnam War" },
    };
    await expect(addEvidence(ws.reviewer, claimId, stale)).rejects.toMatchObject({
      code: "INVALID_INPUT",
      field: "passage.exact",
    });
  });

  it("lets viewers read but not cite", async () => {
    await expect(
      addEvidence(ws.viewerOnly, claimId, await cite(ws.friendsAndComrades, KOREAN_WAR)),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("accepts a passage without a URL, and still refuses evidence that says nothing", () => {
    expect(addEvidenceSchema.safeParse({ stance: "refutes" }).success).toBe(false);
    const passage = { articleId: "a", start: 0, end: 1, exact: "W" };
    expect(addEvidenceSchema.safeParse({ stance: "refutes", passage }).success).toBe(true);
  });
});

describe("citations", () => {
  it("lists every citation of an article with the citing claim, in text order", async () => {
    const citations = await listCitations(ws.viewerOnly, ws.friendsAndComrades);
    const korean = citations.find((c) => c.exact === KOREAN_WAR);
    expect(korean).toMatchObject({
      stance: "refutes",
      status: "exact",
      claim: { id: claimId, exact: WAR_CLAIM, verdict: "unreviewed", articleTitle: "Who Is Friends With North Korea" },
    });
    expect(citations.map((c) => c.start)).toEqual([...citations.map((c) => c.start)].sort((a, b) => a - b));
    const outsider = (await createTestWorkspace()).owner;
    await expect(listCitations(outsider, ws.friendsAndComrades)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("related passages", () => {
  it("ranks the other article's passage on the same war first, from this workspace only", async () => {
    const passages = await listRelatedPassages(ws.viewerOnly, claimId);
    expect(passages[0]).toMatchObject({
      articleId: ws.friendsAndComrades,
      articleTitle: expect.stringMatching(/^Friends/),
    });
    expect(passages[0]?.exact).toContain("1950-53 Korean War");
    const workspaceArticles = new Set([ws.whoIsFriends, ws.friendsAndComrades]);
    expect(passages.every((p) => workspaceArticles.has(p.articleId))).toBe(true);
    const outsider = (await createTestWorkspace()).owner;
    await expect(listRelatedPassages(outsider, claimId)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("reports", () => {
  it("show a cited passage as “Passage of <title>: …” in Markdown, CSV and W3C", async () => {
    const report = await getArticleReport(ws.viewerOnly, ws.whoIsFriends, {}, { baseUrl: "https://factmark.test" });
    const line = `Passage of Friends and Comrades: North Korea’s Foreign Relations: “${KOREAN_WAR}”`;
    expect(renderMarkdown(report)).toContain(line);
    const csv = renderCsv(report);
    expect(csv).toContain("Passage of Friends and Comrades");
    expect(csv).toMatch(/beside=[^&]*friends-and-comrades[^&]*&passage=\d+-\d+/);
    expect(JSON.stringify(annotationsOf(report))).toContain(line);
  });
});

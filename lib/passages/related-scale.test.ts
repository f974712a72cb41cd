// Related passages over a workspace of 1,000 generated articles. Regression: only the 200 most
// recently edited articles were ranked (an in-memory index per process), so a verbatim
// restatement of a claim in an article nobody had touched for a year was never offered. The whole
// workspace is ranked now, and the lookup goes through the GIN index over (workspaceId, terms).
import { beforeAll, describe, expect, it } from "vitest";
import { createClaim } from "@/lib/claims/mutations";
import { db } from "@/lib/db";
import { fillArticlePassages } from "@/lib/passage-index/mutations";
import { listRelatedPassages } from "@/lib/passages/queries";
import { firstStepKeys } from "@/lib/passages/ranking-plan";
import { paragraphOf } from "@/lib/passages/related";
import { readRankingStats, scoreInput } from "@/lib/passages/related-queries";
import { scoreCandidatesSql } from "@/lib/passages/related-sql";
import { extractClaimTerms } from "@/lib/passages/related";
import { createTestWorkspace, selectionOf } from "@/tests/fixtures";
import { explain, insertGeneratedArticles, insertGeneratedPassages } from "@/tests/scale";

const ARTICLES = 1_000;
const CLAIM = "the two countries had fought a bloody war together in 1950";
const RESTATEMENT = `Officials said ${CLAIM}, and the record agrees.`;

let desk: Awaited<ReturnType<typeof createTestWorkspace>>;
let oldArticleId: string;
let claimId: string;

// Every generated article has a passage on a war between countries in some year (1950 in one of a
// hundred), newer than the article restating the claim, which was last edited a year ago.
beforeAll(async () => {
  desk = await createTestWorkspace();
  const prefix = `related-${desk.workspace.id}`;
  const old = await db.article.create({
    data: {
      workspaceId: desk.workspace.id,
      slug: "archive-restatement",
      title: "From the archive",
      document: { blocks: [{ type: "paragraph", text: RESTATEMENT }] },
      text: RESTATEMENT,
    },
  });
  oldArticleId = old.id;
  await db.$executeRaw`UPDATE "Article" SET "createdAt" = now() - interval '2 years', "updatedAt" = now() - interval '1 year'
    WHERE "id" = ${old.id}`;
  await fillArticlePassages(old.id);
  await insertGeneratedArticles(desk.workspace.id, prefix, ARTICLES);
  await insertGeneratedPassages(desk.workspace.id, prefix, ARTICLES, (i) => ({
    keys: ["country", "war", String(1900 + (i % 100)), "harbour"],
    kinds: ["word", "word", "year", "word"],
  }));
  const selection = await selectionOf(desk.whoIsFriends, CLAIM);
  claimId = (await createClaim(desk.reviewer, desk.whoIsFriends, selection)).id;
});

describe("related passages at scale", () => {
  it("ranks a verbatim restatement in an article untouched for a year first", async () => {
    const passages = await listRelatedPassages(desk.viewerOnly, claimId);
    expect(passages[0]).toMatchObject({ articleId: oldArticleId, exact: RESTATEMENT });
    expect(passages[0]!.terms.map((t) => t.term)).toEqual(expect.arrayContaining(["1950", "bloody"]));
    expect(passages).toHaveLength(5);
  });

  it("finds the candidates through the GIN index over (workspaceId, terms)", async () => {
    const claim = await db.claim.findUniqueOrThrow({ where: { id: claimId }, include: { article: true } });
    const input = {
      workspaceId: desk.workspace.id,
      articleId: claim.articleId,
      paragraph: paragraphOf(claim.article.text, claim),
      terms: extractClaimTerms(CLAIM),
      limit: 5,
    };
    const stats = await readRankingStats(input);
    // The first step for the claim's rarest terms ("bloody", "1950"): a few dozen passages of 30,000.
    const rarest = firstStepKeys(stats.terms, 100);
    expect(rarest.length).toBeGreaterThan(0);
    const plan = await explain(scoreCandidatesSql(scoreInput(input, stats, rarest)));
    expect(plan).toContain("Passage_workspaceId_terms_idx");
    expect(plan).not.toMatch(/Seq Scan on "Passage"/);
  });
});

// The benchmark workspace: a reviewer, an editor and an owner, the two seed articles repeated
// into one long article with 1,000 claims (sentences, clauses nested in them and spans that
// overlap sentence and paragraph ends) and a few evidence rows each, plus two articles with the
// same text and no claims: the paint baseline, and the target of the create benchmark.
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Prisma, PrismaClient, Stance, Verdict } from "@/generated/prisma/client";
import { describeRange, type TextRange, type TextSelection } from "@/lib/anchoring/selectors";
import { newArticleContent } from "@/lib/articles/content";
import { getDocumentText, positionBlocks, type PositionedBlock } from "@/lib/articles/document";
import { parsePlainTextArticle } from "@/lib/articles/parse-plain-text";
import { SEED_ARTICLE_SLUGS, seedWorkspace } from "@/prisma/seed/demo";
import { pickClaimRanges } from "./claim-ranges";
import { createRandom } from "./random";

export const BENCH_PASSWORD = "factmark-bench";
export const CLAIM_COUNT = 1_000;
/** Copies of the two seed articles: ~90 K characters, ~650 sentences, so 1,000 claims must nest. */
const REPETITIONS = 4;

export interface BenchSeed {
  workspaceSlug: string;
  reviewer: { id: string; email: string };
  claimed: { id: string; slug: string };
  bare: { id: string; slug: string };
  createTarget: { id: string; slug: string };
  text: string;
  blocks: PositionedBlock[];
  claims: TextSelection[];
}

/** Seeds the benchmark workspace into an empty, migrated database. */
export async function seedBenchWorkspace(db: PrismaClient): Promise<BenchSeed> {
  const seeded = await seedWorkspace(db, {
    slug: "bench",
    name: "Benchmark desk",
    password: BENCH_PASSWORD,
    users: [
      { email: "bench-reviewer@factmark.test", name: "Bea Reviewer", role: "REVIEWER" },
      { email: "bench-editor@factmark.test", name: "Ben Editor", role: "EDITOR" },
      { email: "bench-owner@factmark.test", name: "Bo Owner", role: "OWNER" },
    ],
  });
  const userIds = Object.values(seeded.users);
  const document = parsePlainTextArticle(readLongText());
  const text = getDocumentText(document);
  const blocks = positionBlocks(document);
  const createArticle = (slug: string) =>
    db.article.create({
      data: {
        workspaceId: seeded.workspace.id,
        slug,
        ...newArticleContent(document, null),
      },
      select: { id: true, slug: true },
    });
  const claimed = await createArticle("bench-1000-claims");
  const bare = await createArticle("bench-no-claims");
  const createTarget = await createArticle("bench-create-target");

  const ranges = pickClaimRanges(text, blocks, CLAIM_COUNT, createRandom(42));
  await insertClaims(db, claimed.id, text, ranges, userIds);
  return {
    workspaceSlug: seeded.workspace.slug,
    reviewer: { id: seeded.users["bench-reviewer@factmark.test"]!, email: "bench-reviewer@factmark.test" },
    claimed,
    bare,
    createTarget,
    text,
    blocks,
    claims: ranges.map(({ start, end }) => ({ start, end, exact: text.slice(start, end) })),
  };
}

/** Both seed articles, REPETITIONS times, as one plain-text article. */
function readLongText(): string {
  const dir = path.join(process.cwd(), "prisma", "seed", "articles");
  const sources = SEED_ARTICLE_SLUGS.map((slug) => readFileSync(path.join(dir, `${slug}.txt`), "utf8").trim());
  return Array.from({ length: REPETITIONS }, () => sources.join("\n\n")).join("\n\n");
}

const VERDICTS: Verdict[] = ["UNREVIEWED", "UNREVIEWED", "VERIFIED", "VERIFIED", "DISPUTED", "CONTRADICTED"];
const STANCES: Stance[] = ["SUPPORTS", "REFUTES", "CONTEXT"];

async function insertClaims(db: PrismaClient, articleId: string, text: string, ranges: TextRange[], userIds: string[]) {
  const random = createRandom(7);
  const claims: Prisma.ClaimCreateManyInput[] = [];
  const evidence: Prisma.EvidenceCreateManyInput[] = [];
  const changes: Prisma.VerdictChangeCreateManyInput[] = [];
  ranges.forEach((range, index) => {
    const { quote } = describeRange(text, range);
    const id = createId();
    const createdById = userIds[index % userIds.length]!;
    const verdict = VERDICTS[random.nextInt(VERDICTS.length)]!;
    const rationale = verdict === "UNREVIEWED" ? null : `Checked against the sources for claim ${index + 1}.`;
    claims.push({
      id,
      articleId,
      createdById,
      ...range,
      exact: quote.exact,
      prefix: quote.prefix,
      suffix: quote.suffix,
      verdict,
      rationale,
      version: verdict === "UNREVIEWED" ? 1 : 2,
    });
    if (verdict !== "UNREVIEWED")
      changes.push({ claimId: id, actorId: createdById, from: "UNREVIEWED", to: verdict, rationale });
    // "A few" per claim: 1 to 4, so the evidence count column is never trivially zero.
    for (let n = 1 + random.nextInt(4); n > 0; n--) {
      evidence.push({
        claimId: id,
        createdById: userIds[random.nextInt(userIds.length)]!,
        url: `https://example.org/sources/${index}/${n}`,
        title: `Source ${n} for claim ${index + 1}`,
        excerpt: quote.exact.slice(0, 120),
        stance: STANCES[random.nextInt(STANCES.length)]!,
        note: n === 1 ? "Primary source." : null,
      });
    }
  });
  await db.claim.createMany({ data: claims });
  await db.evidence.createMany({ data: evidence });
  await db.verdictChange.createMany({ data: changes });
}

/** A cuid-shaped id (25 characters starting with "c"), as Prisma's @default(cuid()) makes. */
function createId(): string {
  return `c${randomBytes(16).toString("hex").slice(0, 24)}`;
}

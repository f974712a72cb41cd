// The workspace the load and fault tests work in: ten reviewers and ten articles (the two seed
// articles, five copies each), so 50 reviewers spread over them and no article's claim list
// grows without bound. Every claim is created during the run, on spans handed out once each.
import type { PrismaClient } from "@/generated/prisma/client";
import { seedWorkspace } from "@/prisma/seed/demo";
import { findWords } from "@/bench/claim-ranges";
import { createRandom } from "@/bench/random";

export const RELIABILITY_PASSWORD = "factmark-reliability";
const REVIEWER_COUNT = 10;
const COPIES_PER_SEED_ARTICLE = 5;
/** Claims are 1 to this many words long: short enough that ~2,000 words give many spans. */
const MAX_SPAN_WORDS = 12;

export interface DeskArticle {
  id: string;
  slug: string;
  text: string;
}

export interface ReliabilityDesk {
  workspaceId: string;
  workspaceSlug: string;
  reviewers: { id: string; email: string }[];
  articles: DeskArticle[];
}

/** Seeds the desk into a migrated database (a fresh one: slugs are fixed). */
export async function seedReliabilityDesk(db: PrismaClient): Promise<ReliabilityDesk> {
  const reviewers = Array.from({ length: REVIEWER_COUNT }, (_, n) => ({
    email: `reviewer-${n + 1}@reliability.test`,
    name: `Reviewer ${n + 1}`,
    role: "REVIEWER" as const,
  }));
  const seeded = await seedWorkspace(db, {
    slug: "reliability",
    name: "Reliability desk",
    password: RELIABILITY_PASSWORD,
    users: reviewers,
  });
  const originals = await db.article.findMany({
    where: { workspaceId: seeded.workspace.id },
    orderBy: { slug: "asc" },
  });
  const articles: DeskArticle[] = [];
  for (const original of originals) {
    for (let copy = 1; copy <= COPIES_PER_SEED_ARTICLE; copy++) {
      const row = await db.article.create({
        data: {
          workspaceId: original.workspaceId,
          slug: `${original.slug}-${copy}`,
          title: `${original.title} (${copy})`,
          standfirst: original.standfirst,
          document: original.document ?? {},
          text: original.text,
        },
      });
      articles.push({ id: row.id, slug: row.slug, text: row.text });
    }
  }
  return {
    workspaceId: seeded.workspace.id,
    workspaceSlug: seeded.workspace.slug,
    reviewers: reviewers.map(({ email }) => ({ id: seeded.users[email]!, email })),
    articles,
  };
}

export interface Span {
  start: number;
  end: number;
  exact: string;
}

/**
 * Hands out distinct spans of an article, shuffled so concurrent reviewers mark claims all over
 * the text (nested and overlapping), never the same (start, end) twice: a repeat is a 409.
 */
export function createSpanSource(text: string, seed: number): () => Span {
  const words = findWords(text, 0);
  const spans: Span[] = [];
  for (let first = 0; first < words.length; first++) {
    for (let length = 1; length <= MAX_SPAN_WORDS && first + length <= words.length; length++) {
      const start = words[first]!.start;
      const end = words[first + length - 1]!.end;
      spans.push({ start, end, exact: text.slice(start, end) });
    }
  }
  const random = createRandom(seed);
  for (let i = spans.length - 1; i > 0; i--) {
    const j = random.nextInt(i + 1);
    [spans[i], spans[j]] = [spans[j]!, spans[i]!];
  }
  let next = 0;
  return () => {
    const span = spans[next++];
    if (!span) throw new Error(`all ${spans.length} spans of the article are claims already`);
    return span;
  };
}

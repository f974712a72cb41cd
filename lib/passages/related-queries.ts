import "server-only";
/**
 * Ranks the stored passages of a whole workspace against a claim's terms. Each candidate is
 * scored in SQL as related.ts describes:
 *
 *   score = ownArticle × Σ kindWeight(term) × idf(term) / max(0.5, 1 + damping × (words / averageWords − 1))
 *
 * - kindWeight: KIND_WEIGHTS of the stronger of the term's kinds in the claim and in the passage;
 * - idf: BM25's, ln(1 + (n − df + 0.5) / (df + 0.5)), n the workspace's passages and df those
 *   holding the term, both without the claim's own paragraph (never a candidate), read from
 *   PassageSet and PassageTerm rather than counted;
 * - a word inside a matched name ("kim" of "kim jong un") counts once, as the name;
 * - a passage must share a name, place, number or year with the claim, or two words, and score
 *   at least RANKING.minScore.
 * The candidates are the passages holding one of the terms ranking-plan.ts names, found through
 * the GIN index over (workspaceId, terms); related-sql.ts scores them.
 */
import type { TextRange } from "@/lib/anchoring/selectors";
import { db } from "@/lib/db";
import { essentialKeys, firstStepKeys, planTerms, type PlannedTerm } from "@/lib/passages/ranking-plan";
import { RANKING, strongerKind, type ClaimTerm } from "@/lib/passages/related";
import { scoreCandidatesSql, type ScoreInput } from "@/lib/passages/related-sql";
import type { TermKind } from "@/lib/passages/terms";

export interface RankInput {
  workspaceId: string;
  /** The claim's article, and the paragraph of it that is not a candidate. */
  articleId: string;
  paragraph: TextRange;
  terms: readonly ClaimTerm[];
  limit: number;
}

export interface RankedPassageRow {
  articleId: string;
  articleSlug: string;
  articleTitle: string;
  start: number;
  end: number;
  exact: string;
  score: number;
  /** The matched claim keys and their kinds, strongest first. */
  keys: string[];
  kinds: TermKind[];
  /** The passage's own keys and occurrences (Passage.terms, Passage.ranges), for highlights. */
  passageTerms: string[];
  passageRanges: number[][];
}

export interface RankingStats {
  passages: number;
  averageWords: number;
  terms: PlannedTerm[];
}

/** The workspace's passages most related to the claim's terms, best first. For callers that have authorised the claim. */
export async function rankRelatedPassages(input: RankInput): Promise<RankedPassageRow[]> {
  const stats = await readRankingStats(input);
  if (stats.terms.length === 0) return [];
  const first = firstStepKeys(stats.terms);
  const rows = await score(scoreInput(input, stats, first));
  // Only the passages of terms that could still reach the fifth score are scored next.
  const fifth = rows.length === input.limit ? rows[rows.length - 1]!.score : RANKING.minScore;
  const more = essentialKeys(stats.terms, fifth).filter((key) => !first.includes(key));
  if (more.length > 0) rows.push(...(await score(scoreInput(input, stats, more, first))));
  rows.sort((a, b) => b.score - a.score || a.start - b.start || (a.articleId < b.articleId ? -1 : 1));
  return rows.slice(0, input.limit).map((row) => withMatchedTerms(row, stats.terms));
}

/** The scoring statement's input; `exceptKeys`: terms whose passages are scored already. */
export function scoreInput(
  input: RankInput,
  stats: RankingStats,
  candidateKeys: readonly string[],
  exceptKeys: readonly string[] = [],
): ScoreInput {
  const { workspaceId, articleId, paragraph, limit } = input;
  const { terms, averageWords } = stats;
  return { workspaceId, articleId, paragraph, terms, averageWords, candidateKeys, exceptKeys, limit };
}

type ScoredRow = Omit<RankedPassageRow, "keys" | "kinds"> & { shares: number[]; passageKinds: TermKind[] };

const score = (input: ScoreInput) => db.$queryRaw<ScoredRow[]>(scoreCandidatesSql(input));

/** The claim terms a passage matched (a share above 0), strongest first, each with its stronger kind. */
function withMatchedTerms(
  { shares, passageKinds, ...row }: ScoredRow,
  terms: readonly PlannedTerm[],
): RankedPassageRow {
  const matched = terms
    .map((term, index) => ({ term, share: shares[index] ?? 0, index }))
    .filter((m) => m.share > 0)
    .sort((a, b) => b.share - a.share || a.index - b.index);
  return {
    ...row,
    keys: matched.map((m) => m.term.key),
    kinds: matched.map((m) => strongerKind(m.term.kind, passageKinds[row.passageTerms.indexOf(m.term.key)] ?? "word")),
  };
}

/** n, the average length and each claim term's df and kinds, in one round trip. */
export async function readRankingStats(input: RankInput): Promise<RankingStats> {
  const keys = input.terms.map((term) => term.key);
  const [row] = await db.$queryRaw<
    {
      passages: number;
      words: number;
      own: { terms: string[]; size: number }[] | null;
      counts: { key: string; kind: TermKind; count: number }[] | null;
    }[]
  >`
    SELECT coalesce(sum("passageCount"), 0)::int AS passages, coalesce(sum("wordCount"), 0)::int AS words,
      (SELECT json_agg(json_build_object('terms', "terms", 'size', "size")) FROM "Passage"
       WHERE "articleId" = ${input.articleId} AND "start" < ${input.paragraph.end} AND "end" > ${input.paragraph.start}) AS own,
      (SELECT json_agg(json_build_object('key', "key", 'kind', "kind", 'count', "count")) FROM "PassageTerm"
       WHERE "workspaceId" = ${input.workspaceId} AND "key" = ANY (${keys}::text[]) AND "count" > 0) AS counts
    FROM "PassageSet" WHERE "workspaceId" = ${input.workspaceId}`;
  const own = row?.own ?? [];
  const passages = (row?.passages ?? 0) - own.length;
  const words = (row?.words ?? 0) - own.reduce((sum, passage) => sum + passage.size, 0);
  const keyCounts = new Map<string, { df: number; kinds: TermKind[] }>();
  for (const { key, kind, count } of row?.counts ?? []) {
    const entry = keyCounts.get(key) ?? keyCounts.set(key, { df: 0, kinds: [] }).get(key)!;
    entry.df += count;
    entry.kinds.push(kind);
  }
  // The claim's own paragraph is not a candidate: its passages leave the counts.
  for (const key of own.flatMap((passage) => passage.terms)) {
    const entry = keyCounts.get(key);
    if (entry) entry.df--;
  }
  return {
    passages,
    averageWords: words / Math.max(1, passages),
    terms: planTerms(input.terms, { passages, keys: keyCounts }),
  };
}

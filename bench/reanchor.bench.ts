/**
 * Benchmark for re-anchoring: the 1,000 claims of the bench article (seed-large-article.ts,
 * without the database) re-anchored through reanchorAll after an edit that forces real work
 * (a paragraph inserted near the top, ~10% of the claims reworded, a paragraph deleted), against
 * the baseline of one raw approx-string-match search per claim over the new text with the same
 * maxErrors: what a Hypothesis-style fuzzy anchoring of every claim would cost.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import search from "approx-string-match";
import { reanchorAll, type ReanchorResult, type StoredAnchor } from "@/lib/anchoring/reanchor";
import { maxErrorsFor } from "@/lib/anchoring/reanchor-fuzzy";
import { describeRange, type TextRange } from "@/lib/anchoring/selectors";
import { getDocumentText, positionBlocks } from "@/lib/articles/document";
import { parsePlainTextArticle } from "@/lib/articles/parse-plain-text";
import { SEED_ARTICLE_SLUGS } from "@/prisma/seed/demo";
import { pickClaimRanges } from "./claim-ranges";
import { createRandom } from "./random";
import { CLAIM_COUNT } from "./seed-large-article";
import { getMedian } from "./stats";

const WARM_UP_RUNS = 1;
const REWORDED_SHARE = 0.1;

export interface ReanchorBenchInput {
  oldText: string;
  newText: string;
  anchors: StoredAnchor[];
}

export interface ReanchorBenchResult {
  name: string;
  figureMs: number[];
  baselineMs: number[];
  counts: Record<ReanchorResult["status"], number>;
}

/** The bench article and its 1,000 claims, as bench/seed-large-article.ts builds them (4 copies). */
function buildBenchArticle() {
  const dir = path.join(import.meta.dirname, "..", "prisma", "seed", "articles");
  const sources = SEED_ARTICLE_SLUGS.map((slug) => readFileSync(path.join(dir, `${slug}.txt`), "utf8").trim());
  const document = parsePlainTextArticle(Array.from({ length: 4 }, () => sources.join("\n\n")).join("\n\n"));
  const text = getDocumentText(document);
  const ranges = pickClaimRanges(text, positionBlocks(document), CLAIM_COUNT, createRandom(42));
  return { document, text, ranges };
}

/** The old text, its anchors and an edited new text. Deterministic (seeded). */
export function buildReanchorInput(): ReanchorBenchInput {
  const { text, ranges } = buildBenchArticle();
  const anchors = ranges.map((range) => ({ ...describeRange(text, range).quote, ...range }));
  const random = createRandom(11);
  // Reword one word in the middle of ~10% of the claims, later ones first so offsets hold.
  const edits: { at: number; remove: number; insert: string }[] = [];
  for (const range of ranges) {
    if (random.nextInt(1_000) >= REWORDED_SHARE * 1_000) continue;
    const word = middleWord(text, range);
    if (word && !edits.some((edit) => edit.at < word.end && word.start < edit.at + edit.remove)) {
      edits.push({ at: word.start, remove: word.end - word.start, insert: "reworded" });
    }
  }
  let edited = text;
  for (const edit of edits.sort((a, b) => b.at - a.at)) {
    edited = edited.slice(0, edit.at) + edit.insert + edited.slice(edit.at + edit.remove);
  }
  const blocks = edited.split("\n\n");
  const middle = Math.floor(blocks.length / 2);
  blocks.splice(middle, 1);
  blocks.splice(2, 0, "A paragraph the editor added near the top, which moves every claim after it.");
  return { oldText: text, newText: blocks.join("\n\n"), anchors };
}

function middleWord(text: string, range: TextRange): TextRange | null {
  const words = [...text.slice(range.start, range.end).matchAll(/[A-Za-z]{4,}/g)];
  const word = words[Math.floor(words.length / 2)];
  return word ? { start: range.start + word.index, end: range.start + word.index + word[0].length } : null;
}

/** Times reanchorAll and the raw-search baseline, interleaved so both see the same machine load. */
export async function benchReanchor(repeat = 5): Promise<ReanchorBenchResult> {
  const input = buildReanchorInput();
  const runFigure = () => reanchorAll(input.oldText, input.newText, input.anchors);
  const runBaseline = () =>
    input.anchors.map((anchor) => search(input.newText, anchor.exact, maxErrorsFor(anchor.exact)));
  for (let i = 0; i < WARM_UP_RUNS; i++) {
    runFigure();
    runBaseline();
  }
  const figureMs: number[] = [];
  const baselineMs: number[] = [];
  for (let i = 0; i < repeat; i++) {
    figureMs.push(timeMs(runFigure));
    baselineMs.push(timeMs(runBaseline));
  }
  const counts = { exact: 0, moved: 0, fuzzy: 0, orphaned: 0 };
  for (const result of runFigure()) counts[result.status]++;
  const name = `${input.anchors.length} claims, ${(input.newText.length / 1000).toFixed(0)} K-character article`;
  return { name, figureMs, baselineMs, counts };
}

function timeMs(run: () => unknown): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await benchReanchor();
  const figure = getMedian(result.figureMs);
  const baseline = getMedian(result.baselineMs);
  console.log(result.name, result.counts);
  console.log(
    `  reanchorAll median ${figure.toFixed(1)} ms, raw search median ${baseline.toFixed(1)} ms, ratio ${(figure / baseline).toFixed(3)}`,
  );
}

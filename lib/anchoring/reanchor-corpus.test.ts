// The re-anchoring edit corpus (reanchor-corpus.ts): every claim of every case must either land on
// its intended text or be orphaned; none may land on the wrong words. Prints a table per edit kind.
import { describe, expect, it } from "vitest";
import type { TextRange } from "@/lib/anchoring/selectors";
import { orphanSpanCollisions, reanchorAll, type ReanchorResult } from "@/lib/anchoring/reanchor";
import { buildCorpus, EDIT_KINDS } from "@/tests/corpora/reanchor-corpus";

type Outcome = "correct" | "orphaned as expected" | "orphaned" | "wrong";

interface Tally {
  claims: number;
  correct: number;
  expectedOrphans: number;
  orphaned: number;
  wrong: number;
}

/** Strict: the span covers the intended text, with at most 2 chars + 5% more around it. */
function judge(result: ReanchorResult, target: TextRange | null): Outcome {
  if (!target) return result.status === "orphaned" ? "orphaned as expected" : "wrong";
  if (result.status === "orphaned") return "orphaned";
  const covers = result.start <= target.start && result.end >= target.end;
  const extra = result.end - result.start - (target.end - target.start);
  return covers && extra <= 2 + 0.05 * (target.end - target.start) ? "correct" : "wrong";
}

const corpus = buildCorpus();
const rows = new Map<string, Tally>();
const failures: string[] = [];
const fuzzyQualities: number[] = [];

for (const item of corpus) {
  const results = orphanSpanCollisions(item.anchors, reanchorAll(item.oldText, item.newText, item.anchors));
  results.forEach((result, index) => {
    const target = item.targets[index] ?? null;
    const outcome = judge(result, target);
    const row = item.isSubject[index] ? item.kind : "only shifted or untouched";
    const tally = rows.get(row) ?? { claims: 0, correct: 0, expectedOrphans: 0, orphaned: 0, wrong: 0 };
    tally.claims++;
    if (outcome === "correct") tally.correct++;
    if (outcome === "orphaned as expected") tally.expectedOrphans++;
    if (outcome === "orphaned") tally.orphaned++;
    if (outcome === "wrong") tally.wrong++;
    rows.set(row, tally);
    if (outcome === "correct" && result.status === "fuzzy") fuzzyQualities.push(result.quality);
    if (outcome === "wrong" || outcome === "orphaned") {
      const expected = target ? JSON.stringify(item.newText.slice(target.start, target.end)) : "orphaned";
      const got =
        result.status === "orphaned" ? "orphaned" : JSON.stringify(item.newText.slice(result.start, result.end));
      failures.push(`${item.article} / ${item.kind}: ${outcome}: expected ${expected}, got ${result.status} ${got}`);
    }
  });
}

const total = [...rows.values()].reduce(
  (sum, t) => ({
    claims: sum.claims + t.claims,
    correct: sum.correct + t.correct,
    expectedOrphans: sum.expectedOrphans + t.expectedOrphans,
    orphaned: sum.orphaned + t.orphaned,
    wrong: sum.wrong + t.wrong,
  }),
  { claims: 0, correct: 0, expectedOrphans: 0, orphaned: 0, wrong: 0 },
);
const edited = EDIT_KINDS.map((kind) => rows.get(kind)).filter((t): t is Tally => t !== undefined);
const editedClaims = edited.reduce((n, t) => n + t.claims, 0);
const editedRight = edited.reduce((n, t) => n + t.correct + t.expectedOrphans, 0);

function printTable() {
  const pad = (value: string | number, width: number) => String(value).padStart(width);
  const lines = [
    `${"edit kind".padEnd(28)}${pad("claims", 8)}${pad("correct", 9)}${pad("orphaned (text gone)", 22)}${pad("orphaned (text kept)", 22)}${pad("wrong", 7)}`,
  ];
  for (const [kind, t] of [...rows, ["all", total] as const]) {
    lines.push(
      `${kind.padEnd(28)}${pad(t.claims, 8)}${pad(t.correct, 9)}${pad(t.expectedOrphans, 22)}${pad(t.orphaned, 22)}${pad(t.wrong, 7)}`,
    );
  }
  const share = (n: number, of: number) => `${((100 * n) / of).toFixed(1)}%`;
  lines.push(
    `claims per article: ${corpus
      .map((c) => c.anchors.length)
      .filter((_, i) => i % EDIT_KINDS.length === 0)
      .join(", ")}; ` + `cases: ${corpus.length}`,
    `right (correct or orphaned because the text is gone): ${share(total.correct + total.expectedOrphans, total.claims)} of all, ` +
      `${share(editedRight, editedClaims)} of the ${editedClaims} claims an edit touched`,
    `orphaned: ${share(total.orphaned + total.expectedOrphans, total.claims)} of all (${total.expectedOrphans} because their text is gone)`,
    `lowest quality of a correct fuzzy match: ${Math.min(...fuzzyQualities).toFixed(3)} (${fuzzyQualities.length} fuzzy)`,
  );
  console.log(`\nRe-anchoring edit corpus\n${lines.join("\n")}\n${failures.join("\n")}`);
}

describe("re-anchoring edit corpus", () => {
  it("covers every edit kind with at least 40 claims across both seed articles", () => {
    printTable();
    const perArticle = corpus.filter((_, i) => i % EDIT_KINDS.length === 0).map((c) => c.anchors.length);
    expect(perArticle.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(40);
    for (const kind of EDIT_KINDS) expect(rows.get(kind)?.claims ?? 0, kind).toBeGreaterThan(0);
  });

  it("never puts a claim on the wrong words", () => {
    expect(failures.filter((line) => line.includes(": wrong:"))).toEqual([]);
  });

  it("re-anchors at least 95% of the claims an edit touched correctly (or orphans them when their text is gone)", () => {
    expect(editedRight / editedClaims).toBeGreaterThanOrEqual(0.95);
    expect(rows.get("only shifted or untouched")?.correct).toBe(rows.get("only shifted or untouched")?.claims);
  });
});

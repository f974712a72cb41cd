// Which passages are scored for a claim (MaxScore): the plan must never leave out a passage that
// could reach the score asked for, and should leave out those that hold only common terms.
import { describe, expect, it } from "vitest";
import { essentialKeys, firstStepKeys, planTerms, type PlannedTerm } from "@/lib/passages/ranking-plan";
import type { ClaimTerm } from "@/lib/passages/related";

const claim: ClaimTerm[] = [
  { key: "egypt", kind: "place", text: "Egypt" },
  { key: "scud", kind: "name", text: "Scud" },
  { key: "missile", kind: "word", text: "missiles" },
  { key: "north korea", kind: "place", text: "North Korea" },
  { key: "absent", kind: "word", text: "absent" },
];
const keys = new Map([
  ["egypt", { df: 1_600, kinds: ["place" as const] }],
  ["scud", { df: 800, kinds: ["name" as const, "organisation" as const] }],
  ["missile", { df: 1_600, kinds: ["word" as const] }],
  ["north korea", { df: 39_000, kinds: ["place" as const] }],
]);
const planned = planTerms(claim, { passages: 58_000, keys });
const byKey = (key: string) => planned.find((term) => term.key === key)!;

describe("planTerms", () => {
  it("gives each term held by some passage its BM25 IDF, and its largest share from its strongest kind", () => {
    expect(planned.map((term) => term.key)).toEqual(["egypt", "scud", "missile", "north korea"]);
    expect(byKey("egypt").idf).toBeCloseTo(Math.log(1 + (58_000 - 1_600 + 0.5) / 1_600.5));
    // Tagged as an organisation somewhere: it may count 3, not the claim's 2 for a name.
    expect(byKey("scud").bound).toBeCloseTo((3 * byKey("scud").idf) / 0.7);
    expect(byKey("north korea").bound).toBeLessThan(2);
  });
});

describe("essentialKeys", () => {
  it("leaves out terms that together cannot reach the score, and only those", () => {
    const essential = essentialKeys(planned, 10);
    expect(essential).not.toContain("north korea");
    const left = planned.filter((term) => !essential.includes(term.key));
    expect(left.reduce((sum, term) => sum + term.bound, 0)).toBeLessThan(10);
    // Adding the weakest essential term would reach it.
    const weakest = essential.map(byKey).sort((a, b) => a.bound - b.bound)[0]!;
    expect(left.reduce((sum, term) => sum + term.bound, weakest.bound)).toBeGreaterThanOrEqual(10 - 0.01);
  });

  it("keeps every term when any passage might reach the score, and none when none can", () => {
    expect(essentialKeys(planned, 0)).toHaveLength(planned.length);
    const total = planned.reduce((sum, term) => sum + term.bound, 0);
    expect(essentialKeys(planned, total + 1)).toEqual([]);
  });
});

describe("firstStepKeys", () => {
  it("takes the strongest terms until their passages fill the budget, at least one", () => {
    expect(firstStepKeys(planned, 2_000)).toEqual(["scud"]);
    expect(firstStepKeys(planned, 2_400)).toEqual(["scud", "egypt"]);
    expect(firstStepKeys(planned, 10)).toEqual(["scud"]);
    const none: PlannedTerm[] = [];
    expect(firstStepKeys(none)).toEqual([]);
  });
});

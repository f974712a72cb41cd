// The re-anchoring engine's rules on small texts; the edit corpus (reanchor-corpus.test.ts)
// measures it on the seed articles.
import { describe, expect, it } from "vitest";
import { describeRange } from "@/lib/anchoring/selectors";
import { orphanSpanCollisions, reanchor, reanchorAll, type StoredAnchor } from "@/lib/anchoring/reanchor";

const OLD =
  "Intro line.\n\nThe treaty was signed in 1961 by both sides.\n\nLater, the treaty was signed in 1961 by both sides.";

function anchorOf(text: string, exact: string, nth = 0): StoredAnchor {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(exact, at + 1);
  return { ...describeRange(text, { start: at, end: at + exact.length }).quote, start: at, end: at + exact.length };
}

describe("reanchor", () => {
  it("keeps an unchanged claim exact and follows a shifted one (moved)", () => {
    const claim = anchorOf(OLD, "The treaty was signed in 1961");
    expect(reanchor(OLD, OLD, claim)).toMatchObject({ status: "exact", start: claim.start, quality: 1 });
    const moved = reanchor(OLD, `A new first line.\n\n${OLD}`, claim);
    expect(moved).toMatchObject({ status: "moved", start: claim.start + 19, hasTextChanged: false });
  });

  it("does not let a repeated phrase jump to its twin when its own paragraph is deleted", () => {
    const second = anchorOf(OLD, "treaty was signed in 1961 by both sides", 1);
    const deleted = OLD.slice(0, OLD.lastIndexOf("\n\nLater"));
    expect(reanchor(OLD, deleted, second)).toMatchObject({
      status: "orphaned",
      exact: second.exact,
      start: second.start,
    });
  });

  it("marks reworded words fuzzy (text changed) and spacing-only changes moved", () => {
    const claim = anchorOf(OLD, "The treaty was signed in 1961 by both sides.");
    const reworded = reanchor(OLD, OLD.replace("signed in 1961 by both", "signed in 1962 by both"), claim);
    expect(reworded).toMatchObject({
      status: "fuzzy",
      exact: "The treaty was signed in 1962 by both sides.",
      hasTextChanged: true,
    });
    expect(reworded.quality).toBeGreaterThan(0.9);
    const spaced = reanchor(OLD, OLD.replace("was signed in 1961 by both", "was  signed in 1961 by both"), claim);
    expect(spaced).toMatchObject({
      status: "moved",
      exact: "The treaty was  signed in 1961 by both sides.",
      hasTextChanged: false,
    });
  });

  it("brings an orphan back when its words return, by quote alone", () => {
    const claim = { ...anchorOf(OLD, "Intro line."), isOrphaned: true };
    const older = "Something else entirely.";
    expect(reanchor(older, OLD, claim)).toMatchObject({ status: "moved", start: 0, end: 11 });
    expect(reanchor(OLD, older, claim).status).toBe("orphaned");
  });

  it("orphans the later of two claims that land on one span", () => {
    const text = "Prices rose 5%. Prices rose 5%!";
    const a = anchorOf(text, "Prices rose 5%.");
    const b = anchorOf(text, "Prices rose 5%!");
    const edited = "Prices rose 5%.";
    const results = orphanSpanCollisions([a, b], reanchorAll(text, edited, [a, b]));
    expect(results.map((r) => r.status)).toEqual(["exact", "orphaned"]);
  });
});

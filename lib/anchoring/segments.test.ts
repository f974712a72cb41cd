import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { getDocumentText, positionBlocks } from "@/lib/articles/document";
import { parsePlainTextArticle } from "@/lib/articles/parse-plain-text";
import { splitIntoSegments, type HighlightSpan, type Segment } from "@/lib/anchoring/segments";

const block = { start: 0, end: 20 };

/** Segments as compact tuples, easier to read in expectations. */
function toTuples(segments: Segment[]): [number, number, string[]][] {
  return segments.map(({ start, end, ids }) => [start, end, ids]);
}

/** Deterministic PRNG (mulberry32) so a failure can be replayed. */
function createRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The obvious quadratic answer for one segment: every span covering it, in paint order. */
function listCoveringIds(spans: HighlightSpan[], segment: Segment): string[] {
  return spans
    .filter((s) => s.start <= segment.start && s.end >= segment.end)
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .map((s) => s.id);
}

describe("splitIntoSegments", () => {
  it("returns one bare segment when no span touches the block", () => {
    expect(toTuples(splitIntoSegments(block, []))).toEqual([[0, 20, []]]);
  });

  it("ignores spans outside the block, touching its edges, or empty", () => {
    const spans = [
      { id: "before", start: -10, end: 0 },
      { id: "after", start: 20, end: 30 },
      { id: "empty", start: 5, end: 5 },
      { id: "reversed", start: 9, end: 6 },
    ];
    expect(toTuples(splitIntoSegments(block, spans))).toEqual([[0, 20, []]]);
  });

  it("returns nothing for an empty block", () => {
    const spans = [{ id: "a", start: 0, end: 10 }];
    expect(splitIntoSegments({ start: 5, end: 5 }, spans)).toEqual([]);
  });

  it("nests spans with the outer one first", () => {
    const spans = [
      { id: "inner", start: 5, end: 10 },
      { id: "outer", start: 2, end: 15 },
    ];
    expect(toTuples(splitIntoSegments(block, spans))).toEqual([
      [0, 2, []],
      [2, 5, ["outer"]],
      [5, 10, ["outer", "inner"]],
      [10, 15, ["outer"]],
      [15, 20, []],
    ]);
  });

  it("puts the longer span first when two start together", () => {
    const spans = [
      { id: "short", start: 0, end: 4 },
      { id: "long", start: 0, end: 8 },
    ];
    expect(toTuples(splitIntoSegments(block, spans))).toEqual([
      [0, 4, ["long", "short"]],
      [4, 8, ["long"]],
      [8, 20, []],
    ]);
  });

  it("splits overlapping spans into three runs", () => {
    const spans = [
      { id: "b", start: 6, end: 14 },
      { id: "a", start: 0, end: 10 },
    ];
    expect(toTuples(splitIntoSegments(block, spans))).toEqual([
      [0, 6, ["a"]],
      [6, 10, ["a", "b"]],
      [10, 14, ["b"]],
      [14, 20, []],
    ]);
  });

  it("handles spans that meet end to start", () => {
    const spans = [
      { id: "a", start: 0, end: 10 },
      { id: "b", start: 10, end: 20 },
    ];
    expect(toTuples(splitIntoSegments(block, spans))).toEqual([
      [0, 10, ["a"]],
      [10, 20, ["b"]],
    ]);
  });

  it("clips a span crossing two paragraphs to each block", () => {
    const doc = parsePlainTextArticle("Title\nFirst paragraph here.\nSecond paragraph here.");
    const text = getDocumentText(doc);
    const [, first, second] = positionBlocks(doc);
    const start = text.indexOf("here.");
    const end = text.indexOf("Second paragraph") + "Second".length;
    const spans = [{ id: "cross", start, end }];
    expect(toTuples(splitIntoSegments(first!, spans))).toEqual([
      [first!.start, start, []],
      [start, first!.end, ["cross"]],
    ]);
    expect(toTuples(splitIntoSegments(second!, spans))).toEqual([
      [second!.start, end, ["cross"]],
      [end, second!.end, []],
    ]);
  });

  it("matches a brute force on 1,000 random spans over a real article", () => {
    const raw = readFileSync(
      new URL("../../prisma/seed/articles/friends-and-comrades-north-koreas-foreign-relations.txt", import.meta.url),
      "utf8",
    );
    const doc = parsePlainTextArticle(raw);
    const length = getDocumentText(doc).length;
    const random = createRandom(20240601);
    const spans: HighlightSpan[] = Array.from({ length: 1000 }, (_, i) => {
      const start = Math.floor(random() * length);
      const size = 1 + Math.floor(random() * 600); // some cross blocks
      return { id: `claim-${i}`, start, end: Math.min(length, start + size) };
    });
    const boundaries = new Set(spans.flatMap((s) => [s.start, s.end]));

    let checked = 0;
    for (const positioned of positionBlocks(doc)) {
      const segments = splitIntoSegments(positioned, spans);
      // Contiguous, non-empty, and covering the whole block.
      expect(segments[0]?.start).toBe(positioned.start);
      expect(segments.at(-1)?.end).toBe(positioned.end);
      segments.forEach((segment, i) => {
        expect(segment.end).toBeGreaterThan(segment.start);
        if (i > 0) expect(segment.start).toBe(segments[i - 1]!.end);
        if (i > 0) expect(boundaries.has(segment.start)).toBe(true);
      });
      for (const segment of segments) {
        if (random() > 0.25) continue; // check a random quarter
        expect(segment.ids).toEqual(listCoveringIds(spans, segment));
        const cutsInside = spans.some((s) => [s.start, s.end].some((b) => b > segment.start && b < segment.end));
        expect(cutsInside).toBe(false);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(200);
  });
});

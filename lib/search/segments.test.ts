// Highlighted text as segments, and the excerpt around the matches. Pure.
import { describe, expect, it } from "vitest";
import { excerptSegments, MATCH_END, MATCH_START, toSegments } from "@/lib/search/segments";

const mark = (word: string) => `${MATCH_START}${word}${MATCH_END}`;
const textOf = (segments: { text: string }[]) => segments.map((s) => s.text).join("");

describe("toSegments", () => {
  it("splits marked text into plain and matching segments", () => {
    expect(toSegments(`The ${mark("wars")} of ${mark("Korea")}`)).toEqual([
      { text: "The ", match: false },
      { text: "wars", match: true },
      { text: " of ", match: false },
      { text: "Korea", match: true },
    ]);
  });

  it("keeps markup as plain text", () => {
    expect(toSegments(`<script>alert(1)</script> ${mark("summit")}`)).toEqual([
      { text: "<script>alert(1)</script> ", match: false },
      { text: "summit", match: true },
    ]);
  });
});

describe("excerptSegments", () => {
  it("leaves a short text whole", () => {
    const segments = toSegments(`A ${mark("parade")} in 2017`);
    expect(excerptSegments(segments)).toEqual(segments);
  });

  it("cuts a long text at spaces around its densest run of matches, with ellipses", () => {
    const filler = "lorem ipsum dolor sit amet ".repeat(30);
    const marked = `${mark("war")} ${filler}the ${mark("border")} ${mark("crossing")} at ${mark("night")} ${filler}end`;
    const excerpt = excerptSegments(toSegments(marked), 120);
    expect(excerpt.filter((s) => s.match).map((s) => s.text)).toEqual(["border", "crossing", "night"]);
    expect(excerpt[0]).toEqual({ text: "… ", match: false });
    expect(excerpt.at(-1)).toEqual({ text: " …", match: false });
    const text = textOf(excerpt);
    expect(text.length).toBeLessThanOrEqual(124);
    expect(text).toMatch(/^… \S.*\S …$/);
    expect(
      text
        .slice(2, -2)
        .split(" ")
        .every((word) => /^(lorem|ipsum|dolor|sit|amet|the|border|crossing|at|night)$/.test(word)),
    ).toBe(true);
  });

  it("starts at the beginning when nothing matches, collapsing line breaks", () => {
    const excerpt = excerptSegments([{ text: "First line\n\nsecond line " + "word ".repeat(100), match: false }], 40);
    expect(textOf(excerpt)).toMatch(/^First line second line word( word)* …$/);
  });

  it("never splits a surrogate pair", () => {
    const excerpt = excerptSegments([{ text: "😀".repeat(200), match: false }], 51);
    expect(textOf(excerpt).replace(" …", "").isWellFormed()).toBe(true);
  });
});

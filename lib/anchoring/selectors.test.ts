import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { BLOCK_SEPARATOR, getDocumentText } from "@/lib/articles/document";
import { parsePlainTextArticle } from "@/lib/articles/parse-plain-text";
import {
  CONTEXT_LENGTH,
  MAX_CONTEXT_LENGTH,
  SelectorError,
  anchorQuote,
  checkSelection,
  describeRange,
  trimRange,
  type TextRange,
} from "@/lib/anchoring/selectors";

const text = getDocumentText(
  parsePlainTextArticle(
    readFileSync(
      new URL("../../prisma/seed/articles/friends-and-comrades-north-koreas-foreign-relations.txt", import.meta.url),
      "utf8",
    ),
  ),
);

/** Range of the nth (0-based) occurrence of a phrase; fails the test if absent. */
function findRange(haystack: string, phrase: string, nth = 0): TextRange {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = haystack.indexOf(phrase, at + 1);
  if (at === -1) throw new Error(`phrase not in text: ${phrase}`);
  return { start: at, end: at + phrase.length };
}

function listOccurrences(haystack: string, phrase: string): number[] {
  const found: number[] = [];
  for (let at = haystack.indexOf(phrase); at !== -1; at = haystack.indexOf(phrase, at + 1)) {
    found.push(at);
  }
  return found;
}

function catchSelectorError(fn: () => unknown): SelectorError {
  try {
    fn();
  } catch (error) {
    if (error instanceof SelectorError) return error;
    throw error;
  }
  throw new Error("expected a SelectorError");
}

describe("describeRange", () => {
  it("stores the quote with its context and position", () => {
    const range = findRange(text, "diplomatic relations with 162 countries");
    const { quote, position } = describeRange(text, range);
    expect(quote).toEqual({
      type: "TextQuoteSelector",
      exact: "diplomatic relations with 162 countries",
      prefix: text.slice(range.start - CONTEXT_LENGTH, range.start),
      suffix: text.slice(range.end, range.end + CONTEXT_LENGTH),
    });
    expect(quote.prefix).toBe(" by recent count, Pyongyang had ");
    expect(position).toEqual({ type: "TextPositionSelector", ...range });
  });

  it("shortens the context at the edges of the text", () => {
    const title = "Friends and Comrades";
    const { quote } = describeRange(text, findRange(text, title));
    expect(quote.prefix).toBe("");
    const last = describeRange(text, {
      start: text.length - 9,
      end: text.length,
    });
    expect(last.quote.exact).toBe("newsjean.");
    expect(last.quote.suffix).toBe("");
  });

  it("never cuts a surrogate pair in the context", () => {
    const flagged = `🇰🇵${"x".repeat(CONTEXT_LENGTH - 1)}claim${"y".repeat(CONTEXT_LENGTH - 1)}🇰🇵`;
    const { quote } = describeRange(flagged, findRange(flagged, "claim"));
    expect(quote.prefix).toBe("x".repeat(CONTEXT_LENGTH - 1));
    expect(quote.suffix).toBe("y".repeat(CONTEXT_LENGTH - 1));
  });

  it("describes a range across two paragraphs, separator included", () => {
    const start = text.indexOf("Kansas anymore.");
    const end = findRange(text, "In Washington, discussion").end;
    const { quote } = describeRange(text, { start, end });
    expect(quote.exact).toBe(
      `Kansas anymore.${BLOCK_SEPARATOR}Dark Web of Foreign Relations${BLOCK_SEPARATOR}In Washington, discussion`,
    );
    expect(anchorQuote(text, quote)).toEqual({ start, end });
  });
});

describe("trimRange", () => {
  it("drops whitespace at both ends only", () => {
    const inner = findRange(text, "the Axis of Evil");
    const padded = { start: inner.start - 1, end: inner.end + 1 };
    expect(text.slice(padded.start, padded.end)).toBe(" the Axis of Evil,");
    expect(trimRange(text, { start: inner.start - 1, end: inner.end })).toEqual(inner);
  });

  it("drops a block separator at the edge of a selection", () => {
    const heading = findRange(text, "Dark Web of Foreign Relations");
    const sloppy = { start: heading.start - 2, end: heading.end + 2 };
    expect(trimRange(text, sloppy)).toEqual(heading);
  });

  it("returns an empty range for a whitespace-only selection", () => {
    const gap = { start: text.indexOf("\n\n"), end: text.indexOf("\n\n") + 2 };
    const trimmed = trimRange(text, gap);
    expect(trimmed.end - trimmed.start).toBe(0);
  });

  it("clamps a range that runs past the text", () => {
    expect(trimRange("  abc  ", { start: -4, end: 99 })).toEqual({
      start: 2,
      end: 5,
    });
  });
});

describe("anchorQuote", () => {
  it("uses the position when the text there still matches", () => {
    const { quote, position } = describeRange(text, findRange(text, "North Korea", 7));
    expect(anchorQuote(text, quote, position)).toEqual({
      start: position.start,
      end: position.end,
    });
  });

  it("tells every 'North Korea' apart by its context alone", () => {
    const starts = listOccurrences(text, "North Korea");
    expect(starts.length).toBeGreaterThan(50);
    for (const start of starts) {
      const { quote } = describeRange(text, { start, end: start + 11 });
      expect(anchorQuote(text, quote)?.start).toBe(start);
      // Either side of the context is enough on its own here.
      expect(anchorQuote(text, { ...quote, suffix: "" })?.start).toBe(start);
      expect(anchorQuote(text, { ...quote, prefix: "" })?.start).toBe(start);
    }
  });

  it("re-anchors after an edit moved the text", () => {
    const range = findRange(text, "North Korea", 12);
    const { quote, position } = describeRange(text, range);
    const edited = `Editor's note: updated.${BLOCK_SEPARATOR}${text}`;
    const shift = "Editor's note: updated.".length + BLOCK_SEPARATOR.length;
    expect(edited.slice(position.start, position.end)).not.toBe("North Korea");
    expect(anchorQuote(edited, quote, position)).toEqual({
      start: range.start + shift,
      end: range.end + shift,
    });
  });

  it("prefers the context over a hint that points elsewhere", () => {
    const range = findRange(text, "sanctions", 3);
    const { quote } = describeRange(text, range);
    const wrongHint = {
      type: "TextPositionSelector" as const,
      start: 0,
      end: 3,
    };
    expect(anchorQuote(text, quote, wrongHint)).toEqual(range);
  });

  it("breaks ties on context by distance to the hint", () => {
    const starts = listOccurrences(text, "Pyongyang");
    const target = starts[5]!;
    const bare = {
      type: "TextQuoteSelector" as const,
      exact: "Pyongyang",
      prefix: "",
      suffix: "",
    };
    const hint = {
      type: "TextPositionSelector" as const,
      start: target + 3,
      end: target + 12,
    };
    expect(anchorQuote(text, bare, hint)?.start).toBe(target);
    expect(anchorQuote(text, bare)?.start).toBe(starts[0]);
  });

  it("anchors nested and overlapping ranges independently", () => {
    const sentence = findRange(text, "Much of the focus is on China, which provides some 90 percent");
    const nested = findRange(text, "90 percent");
    const overlapping = findRange(text, "some 90 percent of the Pyongyang regime");
    expect(nested.start).toBeGreaterThan(sentence.start);
    expect(overlapping.start).toBeLessThan(sentence.end);
    expect(overlapping.end).toBeGreaterThan(sentence.end);
    for (const range of [sentence, nested, overlapping]) {
      const { quote, position } = describeRange(text, range);
      expect(anchorQuote(text, quote, position)).toEqual(range);
      expect(anchorQuote(text, quote)).toEqual(range);
    }
  });

  it("finds overlapping occurrences of a self-similar quote", () => {
    const quote = {
      type: "TextQuoteSelector" as const,
      exact: "aa",
      prefix: "a",
      suffix: "b",
    };
    expect(anchorQuote("aaab", quote)).toEqual({ start: 1, end: 3 });
  });

  it("returns null when the quote is gone or empty", () => {
    const { quote } = describeRange(text, findRange(text, "Kim Il-sung Square"));
    const edited = text.replace("Kim Il-sung Square", "the main square");
    expect(anchorQuote(edited, quote)).toBeNull();
    expect(anchorQuote(text, { ...quote, exact: "" })).toBeNull();
  });
});

describe("checkSelection", () => {
  const range = findRange(text, "Egypt later sold Scud missiles to North Korea");
  const exact = text.slice(range.start, range.end);

  it("accepts a quote that matches the text at its position", () => {
    expect(checkSelection(text, { ...range, exact })).toEqual(range);
  });

  it("accepts a selection across a block separator", () => {
    const start = text.indexOf("Relations Cooling off");
    const end = start + "Relations Cooling off\n\nYet".length;
    expect(checkSelection(text, { start, end, exact: text.slice(start, end) })).toEqual({ start, end });
  });

  it.each([
    ["a quote that is not at the position", { start: range.start + 1, end: range.end + 1, exact }, "exact"],
    ["a quote edited by the client", { ...range, exact: exact.replace("Egypt", "Libya") }, "exact"],
    ["a negative start", { start: -1, end: 5, exact: "" }, "start"],
    ["a start past the end of the text", { start: text.length + 1, end: text.length + 2, exact: "" }, "start"],
    ["a fractional start", { start: 1.5, end: 5, exact: "" }, "start"],
    ["an end past the end of the text", { start: 0, end: text.length + 1, exact: text }, "end"],
    ["an empty selection", { start: 10, end: 10, exact: "" }, "end"],
    ["a reversed selection", { start: 10, end: 5, exact: "" }, "end"],
    ["a fractional end", { start: 0, end: 5.5, exact: "" }, "end"],
    ["a whitespace-only selection", { start: range.start - 1, end: range.start, exact: " " }, "start"],
  ] as const)("refuses %s", (_label, selection, field) => {
    expect(catchSelectorError(() => checkSelection(text, selection)).field).toBe(field);
  });

  it("refuses a range that splits an emoji", () => {
    const withEmoji = "Kim 🚀 launched";
    const rocket = withEmoji.indexOf("🚀");
    const inside = rocket + 1;
    expect(
      catchSelectorError(() =>
        checkSelection(withEmoji, {
          start: inside,
          end: 14,
          exact: withEmoji.slice(inside, 14),
        }),
      ).field,
    ).toBe("start");
    expect(
      catchSelectorError(() =>
        checkSelection(withEmoji, {
          start: 0,
          end: inside,
          exact: withEmoji.slice(0, inside),
        }),
      ).field,
    ).toBe("end");
    expect(
      checkSelection(withEmoji, {
        start: rocket,
        end: rocket + 2,
        exact: "🚀",
      }),
    ).toEqual({ start: rocket, end: rocket + 2 });
  });

  it("throws errors that are Errors with a message", () => {
    const error = catchSelectorError(() => checkSelection(text, { start: 0, end: 0, exact: "" }));
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("SelectorError");
    expect(error.message).toMatch(/empty/);
  });
});

describe("describeRange errors", () => {
  it.each([
    [{ start: -1, end: 4 }, "start"],
    [{ start: 0, end: text.length + 1 }, "end"],
    [{ start: 4, end: 4 }, "end"],
    [{ start: 6, end: 4 }, "end"],
    [{ start: text.indexOf("\n\n"), end: text.indexOf("\n\n") + 2 }, "start"],
    [{ start: 4.2, end: 9 }, "start"],
  ] as const)("refuses %j with field %s", (range, field) => {
    expect(catchSelectorError(() => describeRange(text, range)).field).toBe(field);
  });

  it("refuses to split a surrogate pair", () => {
    const flagged = "flag 🇰🇵 here";
    expect(catchSelectorError(() => describeRange(flagged, { start: 6, end: 10 })).field).toBe("start");
    expect(catchSelectorError(() => describeRange(flagged, { start: 0, end: 6 })).field).toBe("end");
  });
});

// Regression: a W3C import quoting "a" with 2,000 chars of prefix and suffix against an article
// of 200,000 "a"s scored every occurrence over all its context: 11.2 s of one Node process per
// annotation. Context is read up to MAX_CONTEXT_LENGTH and at most MAX_OCCURRENCES are scored.
describe("anchorQuote on hostile selectors", () => {
  it("anchors a one-char quote with 2,000 chars of context in 200,000 repeats within a bound", () => {
    const hostile = "a".repeat(200_000);
    const quote = {
      type: "TextQuoteSelector" as const,
      exact: "a",
      prefix: "a".repeat(2_000),
      suffix: "a".repeat(2_000),
    };
    const started = performance.now();
    for (let i = 0; i < 4; i++) expect(anchorQuote(hostile, quote)).not.toBeNull();
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it("still tells repeated phrases apart by the context it reads", () => {
    const filler = "x".repeat(100);
    const doc = `${filler} left side claim ${filler} right side claim ${filler}`;
    const quote = {
      type: "TextQuoteSelector" as const,
      exact: "claim",
      prefix: `${"z".repeat(MAX_CONTEXT_LENGTH * 10)}right side `,
      suffix: "",
    };
    expect(anchorQuote(doc, quote)?.start).toBe(doc.lastIndexOf("claim"));
  });
});

import { describe, expect, it } from "vitest";
import { splitSentences, toKey } from "@/lib/suggestions/split-sentences";

function expectExactOffsets(text: string) {
  const sentences = splitSentences(text);
  for (const sentence of sentences) {
    expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
    expect(sentence.text).toBe(sentence.text.trim());
    for (const token of sentence.tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
  }
  return sentences;
}

describe("splitSentences", () => {
  it("keeps offsets exact around curly quotes, apostrophes and contractions", () => {
    const text =
      "The mayor’s office said it “won’t comment”. We’re told the vote is on Monday — or isn’t it? ‘Maybe,’ she said.";
    const sentences = expectExactOffsets(text);
    expect(sentences.map((s) => s.text)).toEqual([
      "The mayor’s office said it “won’t comment”.",
      "We’re told the vote is on Monday — or isn’t it?",
      "‘Maybe,’ she said.",
    ]);
  });

  it("keeps offsets exact with CRLF, tabs, emoji and repeated spaces", () => {
    const text = "Prices rose 4% 📈 in June.\r\nThe  bank\tdisagreed.\r\n\r\nDr. Ruiz left the U.S. in 2019.";
    const sentences = expectExactOffsets(text);
    expect(sentences.map((s) => s.text)).toEqual([
      "Prices rose 4% 📈 in June.",
      "The  bank\tdisagreed.",
      "Dr. Ruiz left the U.S. in 2019.",
    ]);
  });

  it("never lets a sentence cross a line break, even without a full stop", () => {
    const text = "Budget Talks Stall\n\nMinisters met on Friday. No deal was reached\nNext line here.";
    const sentences = expectExactOffsets(text);
    expect(sentences.map((s) => s.text)).toEqual([
      "Budget Talks Stall",
      "Ministers met on Friday.",
      "No deal was reached",
      "Next line here.",
    ]);
    for (const sentence of sentences) expect(sentence.text).not.toContain("\n");
  });

  it("numbers blocks and marks one-sentence blocks", () => {
    const sentences = splitSentences("Heading\n\nFirst one. Second one.\n\nLast.");
    expect(sentences.map((s) => [s.block, s.indexInBlock, s.isWholeBlock])).toEqual([
      [0, 0, true],
      [1, 0, false],
      [1, 1, false],
      [2, 0, true],
    ]);
  });

  it("returns nothing for empty or blank text", () => {
    expect(splitSentences("")).toEqual([]);
    expect(splitSentences("  \n\n ")).toEqual([]);
  });
});

describe("toKey", () => {
  it("lower-cases and strips punctuation and possessives", () => {
    expect(toKey("Korea’s")).toBe("korea");
    expect(toKey("(1990)")).toBe("1990");
    expect(toKey("“Hello,")).toBe("hello");
    expect(toKey("$23")).toBe("$23");
  });
});

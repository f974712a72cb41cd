import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  BLOCK_SEPARATOR,
  getDocumentText,
  getStandfirst,
  getTitle,
  positionBlocks,
  type ArticleDocument,
} from "@/lib/articles/document";
import { parsePlainTextArticle } from "@/lib/articles/parse-plain-text";

const sample: ArticleDocument = {
  blocks: [
    { type: "title", text: "Title" },
    { type: "standfirst", text: "Short summary." },
    { type: "heading", text: "Heading" },
    { type: "paragraph", text: "Body with “quotes” and an emoji 🇰🇵." },
  ],
};

describe("getDocumentText", () => {
  it("joins block texts with the separator", () => {
    expect(getDocumentText(sample)).toBe(
      ["Title", "Short summary.", "Heading", "Body with “quotes” and an emoji 🇰🇵."].join("\n\n"),
    );
  });

  it("is empty for a document without blocks", () => {
    expect(getDocumentText({ blocks: [] })).toBe("");
    expect(positionBlocks({ blocks: [] })).toEqual([]);
  });
});

describe("positionBlocks", () => {
  it("gives offsets that slice back to each block's text", () => {
    const text = getDocumentText(sample);
    const positioned = positionBlocks(sample);
    expect(positioned.map((b) => b.index)).toEqual([0, 1, 2, 3]);
    for (const block of positioned) {
      expect(text.slice(block.start, block.end)).toBe(block.text);
    }
    expect(positioned.at(-1)?.end).toBe(text.length);
  });

  it("leaves exactly one separator between consecutive blocks", () => {
    const text = getDocumentText(sample);
    const positioned = positionBlocks(sample);
    for (let i = 1; i < positioned.length; i++) {
      const prev = positioned[i - 1]!;
      const next = positioned[i]!;
      expect(text.slice(prev.end, next.start)).toBe(BLOCK_SEPARATOR);
    }
  });

  it("keeps empty blocks addressable", () => {
    const doc: ArticleDocument = {
      blocks: [
        { type: "title", text: "T" },
        { type: "paragraph", text: "" },
        { type: "paragraph", text: "P" },
      ],
    };
    expect(positionBlocks(doc).map(({ start, end }) => [start, end])).toEqual([
      [0, 1],
      [3, 3],
      [5, 6],
    ]);
  });

  it("round-trips every block of both seed articles", () => {
    for (const file of [
      "who-is-friends-with-north-korea.txt",
      "friends-and-comrades-north-koreas-foreign-relations.txt",
    ]) {
      const raw = readFileSync(new URL(`../../prisma/seed/articles/${file}`, import.meta.url), "utf8");
      const doc = parsePlainTextArticle(raw);
      const text = getDocumentText(doc);
      for (const block of positionBlocks(doc)) {
        expect(text.slice(block.start, block.end)).toBe(block.text);
      }
    }
  });
});

describe("getTitle and getStandfirst", () => {
  it("read the first block of their type", () => {
    expect(getTitle(sample)).toBe("Title");
    expect(getStandfirst(sample)).toBe("Short summary.");
  });

  it("fall back when the block is missing", () => {
    const doc: ArticleDocument = {
      blocks: [{ type: "paragraph", text: "Body." }],
    };
    expect(getTitle(doc)).toBe("");
    expect(getStandfirst(doc)).toBeNull();
  });
});

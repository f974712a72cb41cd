import { readFileSync } from "node:fs";
import { getSchema } from "@tiptap/core";
import { describe, expect, it } from "vitest";
import type { ArticleDocument } from "@/lib/articles/document";
import { parseImportedArticle } from "@/lib/articles/import/parse-import";
import { parsePlainTextArticle } from "@/lib/articles/parse-plain-text";
import { fromTiptapDocument, toTiptapDocument, type TiptapNode } from "@/lib/articles/tiptap-document";
import { articleEditorExtensions } from "@/lib/articles/tiptap-document-schema";

const seed = (slug: string) => parsePlainTextArticle(readFileSync(`prisma/seed/articles/${slug}.txt`, "utf8"));

const IMPORTED = parseImportedArticle({
  format: "markdown",
  content: `# Sanctions, explained

A short standfirst on what changed.

## Who signed

> “We will not trade with them,” the minister said.
> It was the second such statement.

- Russia
- China

1. First vote
2. Second vote

- Back to bullets

Closing paragraph.`,
});

const DOCUMENTS: Record<string, ArticleDocument> = {
  "who-is-friends-with-north-korea": seed("who-is-friends-with-north-korea"),
  "friends-and-comrades": seed("friends-and-comrades-north-koreas-foreign-relations"),
  imported: IMPORTED,
};

const schema = getSchema(articleEditorExtensions);
/** What the editor gives back after loading a document: ProseMirror's own reading of the JSON. */
const throughEditor = (doc: TiptapNode) => {
  const node = schema.nodeFromJSON(doc);
  node.check();
  return node.toJSON() as TiptapNode;
};

describe("toTiptapDocument and fromTiptapDocument", () => {
  it("has quotes and lists of both kinds in the imported article", () => {
    const types = IMPORTED.blocks.map((block) => (block.list ? `${block.type}:${block.list}` : block.type));
    expect(types).toEqual(
      expect.arrayContaining(["title", "heading", "quote", "list-item:unordered", "list-item:ordered", "paragraph"]),
    );
  });

  for (const [name, document] of Object.entries(DOCUMENTS)) {
    it(`round-trips ${name} losslessly, through the editor's schema too`, () => {
      const doc = toTiptapDocument(document);
      expect(fromTiptapDocument(doc)).toEqual(document);
      expect(fromTiptapDocument(throughEditor(doc))).toEqual(document);
    });
  }

  it("maps each block type to its node", () => {
    const doc = toTiptapDocument({
      blocks: [
        { type: "title", text: "T" },
        { type: "standfirst", text: "S" },
        { type: "heading", text: "H" },
        { type: "quote", text: "Q" },
        { type: "list-item", list: "unordered", text: "A" },
        { type: "list-item", list: "unordered", text: "B" },
        { type: "list-item", list: "ordered", text: "C" },
        { type: "paragraph", text: "P" },
      ],
    });
    const text = (value: string) => [{ type: "text", text: value }];
    const item = (value: string) => ({ type: "listItem", content: [{ type: "paragraph", content: text(value) }] });
    expect(doc.content).toEqual([
      { type: "heading", attrs: { level: 1 }, content: text("T") },
      { type: "standfirst", content: text("S") },
      { type: "heading", attrs: { level: 2 }, content: text("H") },
      { type: "blockquote", content: [{ type: "paragraph", content: text("Q") }] },
      { type: "bulletList", content: [item("A"), item("B")] },
      { type: "orderedList", content: [item("C")] },
      { type: "paragraph", content: text("P") },
    ]);
  });

  it("flattens what the editor's commands can build, and keeps text only", () => {
    const p = (...content: TiptapNode[]): TiptapNode => ({ type: "paragraph", content });
    const doc: TiptapNode = {
      type: "doc",
      content: [
        p({ type: "text", text: "Bold", marks: [{ type: "bold" }] }, { type: "text", text: " word" }),
        p(),
        { type: "paragraph", content: [{ type: "text", text: "   " }] },
        {
          type: "blockquote",
          content: [
            p({ type: "text", text: "One" }),
            { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Two" }] },
          ],
        },
        {
          type: "orderedList",
          content: [
            {
              type: "listItem",
              content: [
                p({ type: "text", text: "Outer" }),
                { type: "bulletList", content: [{ type: "listItem", content: [p({ type: "text", text: "Inner" })] }] },
              ],
            },
          ],
        },
        p({ type: "text", text: "Line" }, { type: "hardBreak" }, { type: "text", text: "break" }),
      ],
    };
    expect(fromTiptapDocument(doc).blocks).toEqual([
      { type: "paragraph", text: "Bold word" },
      { type: "quote", text: "One" },
      { type: "quote", text: "Two" },
      { type: "list-item", list: "ordered", text: "Outer" },
      { type: "list-item", list: "unordered", text: "Inner" },
      { type: "paragraph", text: "Line break" },
    ]);
  });

  it("gives an empty document for an empty editor", () => {
    expect(fromTiptapDocument({ type: "doc", content: [{ type: "paragraph" }] })).toEqual({ blocks: [] });
    expect(throughEditor(toTiptapDocument({ blocks: [] })).type).toBe("doc");
  });
});

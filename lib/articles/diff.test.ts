import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { diffDocuments, type DiffEntry, type DiffRow } from "@/lib/articles/diff";
import type { ArticleDocument, Block } from "@/lib/articles/document";
import { parsePlainTextArticle } from "@/lib/articles/parse-plain-text";

const paragraphs = (...texts: string[]): Block[] => texts.map((text) => ({ type: "paragraph", text }));
const doc = (...blocks: Block[]): ArticleDocument => ({ blocks });
const rows = (entries: DiffEntry[]) => entries.filter((entry): entry is DiffRow => entry.kind !== "collapsed");
/** A row as the page shows it: [+inserted] and [-deleted]. */
const show = (row: DiffRow) =>
  row.parts
    .map((part) => (part.kind === "same" ? part.text : `[${part.kind === "added" ? "+" : "-"}${part.text}]`))
    .join("");

describe("diffDocuments", () => {
  it("folds an unchanged article into one entry", () => {
    const article = doc(...paragraphs("One.", "Two.", "Three."));
    const diff = diffDocuments(article, article);
    expect(diff).toMatchObject({ added: 0, removed: 0 });
    const same = (text: string) => ({ kind: "same", type: "paragraph", parts: [{ kind: "same", text }] });
    expect(diff.entries).toEqual([{ kind: "collapsed", rows: [same("One."), same("Two."), same("Three.")] }]);
  });

  it("marks an inserted paragraph, a changed word and a deleted paragraph, each in its own row", () => {
    const from = doc(
      { type: "title", text: "Title" },
      ...paragraphs("Keep this.", "Russia sent 12 envoys in 2018.", "Gone soon.", "The end."),
    );
    const to = doc(
      { type: "title", text: "Title" },
      ...paragraphs("A new opening sentence.", "Keep this.", "Russia sent 14 envoys in 2018.", "The end."),
    );
    const diff = diffDocuments(from, to, 5);
    expect(rows(diff.entries).map(show)).toEqual([
      "Title",
      "[+A new opening sentence.]",
      "Keep this.",
      "Russia sent [-12][+14] envoys in 2018.",
      "[-Gone soon.]",
      "The end.",
    ]);
    expect(rows(diff.entries).map((row) => row.kind)).toEqual([
      "same",
      "changed",
      "same",
      "changed",
      "changed",
      "same",
    ]);
    expect(diff).toMatchObject({ added: 5, removed: 3 });
  });

  it("keeps context around a change and folds the rest", () => {
    const texts = Array.from({ length: 10 }, (_, i) => `Paragraph ${i}.`);
    const changed = texts.map((text, i) => (i === 5 ? "Paragraph five, rewritten." : text));
    const { entries } = diffDocuments(doc(...paragraphs(...texts)), doc(...paragraphs(...changed)));
    expect(entries.map((entry) => (entry.kind === "collapsed" ? `…${entry.rows.length}` : show(entry)))).toEqual([
      "…4",
      "Paragraph 4.",
      "Paragraph [-5][+five, rewritten].",
      "Paragraph 6.",
      "…3",
    ]);
  });

  it("never folds a single unchanged row between two changes", () => {
    const from = doc(...paragraphs("A", "B b", "C", "D", "E e"));
    const { entries } = diffDocuments(from, doc(...paragraphs("A", "B x", "C", "D", "E y")));
    expect(entries.map((entry) => entry.kind)).toEqual(["same", "changed", "same", "same", "changed"]);
  });

  it("shows an unrelated replacement as a deleted block and an inserted one, not a word salad", () => {
    const from = doc(...paragraphs("Before.", "Sanctions were lifted in March.", "After."));
    const to = doc(...paragraphs("Before.", "The embassy reopened quietly.", "After."));
    expect(rows(diffDocuments(from, to).entries).map(show)).toEqual([
      "Before.",
      "[-Sanctions were lifted in March.]",
      "[+The embassy reopened quietly.]",
      "After.",
    ]);
  });

  it("types each row by its block in the newer revision, or the older one for a deleted block", () => {
    const from = doc({ type: "heading", text: "Old heading" }, ...paragraphs("Body."));
    const to = doc(...paragraphs("Body."), { type: "quote", text: "A new quote." });
    expect(rows(diffDocuments(from, to).entries).map((row) => [row.type, show(row)])).toEqual([
      ["heading", "[-Old heading]"],
      ["paragraph", "Body."],
      ["quote", "[+A new quote.]"],
    ]);
  });

  it("rebuilds both texts from the parts of a real article's edit", () => {
    const from = parsePlainTextArticle(
      readFileSync("prisma/seed/articles/who-is-friends-with-north-korea.txt", "utf8"),
    );
    const to = doc(...from.blocks.slice(0, 3), ...paragraphs("Inserted."), ...from.blocks.slice(4));
    const diff = diffDocuments(from, to, 1_000);
    const rebuild = (skip: string) =>
      rows(diff.entries)
        .map((row) =>
          row.parts
            .filter((part) => part.kind !== skip)
            .map((part) => part.text)
            .join(""),
        )
        .filter(Boolean)
        .join("\n\n");
    expect(rebuild("added")).toBe(from.blocks.map((block) => block.text).join("\n\n"));
    expect(rebuild("removed")).toBe(to.blocks.map((block) => block.text).join("\n\n"));
  });
});

// Every format yields the same structure for the same article: both seed articles, as plain
// text, as Markdown and as HTML, give the same headline, headings and paragraph texts.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { decodeImportFile, formatForFileName } from "@/lib/articles/import/formats";
import { parseImportedArticle } from "@/lib/articles/import/parse-import";
import { parsePlainTextArticle } from "@/lib/articles/parse-plain-text";

const dir = path.join(process.cwd(), "prisma/seed/articles");
const seeds = readdirSync(dir)
  .filter((name) => name.endsWith(".txt"))
  .map((name) => ({ name, text: readFileSync(path.join(dir, name), "utf8") }));

const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;");
// Markdown would read "1." or "*" at a line start as a list: escape like an editor would.
const escapeMd = (text: string) => text.replace(/([\\*_`#>[\]])/g, "\\$1").replace(/^(\d+)\./, "$1\\.");

describe.each(seeds)("seed article $name", ({ text }) => {
  const reference = parsePlainTextArticle(text).blocks;
  const [title, ...body] = reference;
  const asMarkdown = [
    `# ${escapeMd(title!.text)}`,
    ...body.map((b) => (b.type === "heading" ? `## ${escapeMd(b.text)}` : escapeMd(b.text))),
  ].join("\n\n");
  const asHtml = [
    `<h1>${escape(title!.text)}</h1>`,
    ...body.map((b) => (b.type === "heading" ? `<h2>${escape(b.text)}</h2>` : `<p>${escape(b.text)}</p>`)),
  ].join("\n");
  // Standfirsts are a plain-text guess; markup has no standfirst element, so compare as paragraphs.
  const expected = reference.map((b) => ({ type: b.type === "standfirst" ? "paragraph" : b.type, text: b.text }));

  it("comes out of plain text exactly as the seed parser reads it", () => {
    expect(parseImportedArticle({ format: "text", content: text }).blocks).toEqual(reference);
  });

  it.each([
    ["markdown", asMarkdown],
    ["html", asHtml],
  ] as const)("comes out of %s with the same headings and paragraphs", (format, content) => {
    const blocks = parseImportedArticle({ format, content }).blocks;
    expect(blocks).toEqual(expected);
  });
});

describe("metadata and errors", () => {
  it("lets the headline and standfirst fields lead", () => {
    const doc = parseImportedArticle({
      format: "markdown",
      content: "# Old headline\n\nA summary.\n\n> Quoted\n\n- item",
      headline: " New  headline ",
      standfirst: "A summary.",
    });
    expect(doc.blocks).toEqual([
      { type: "title", text: "New headline" },
      { type: "standfirst", text: "A summary." },
      { type: "quote", text: "Quoted" },
      { type: "list-item", list: "unordered", text: "item" },
    ]);
  });

  it("puts a given headline above plain text that starts elsewhere", () => {
    const doc = parseImportedArticle({ format: "text", content: "First paragraph, a sentence.", headline: "Head" });
    expect(doc.blocks.map((b) => b.text)).toEqual(["Head", "First paragraph, a sentence."]);
  });

  const fieldOf = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      return `${(error as { field?: string }).field}: ${(error as Error).message}`;
    }
    return "no error";
  };

  it("names the field at fault", () => {
    expect(fieldOf(() => parseImportedArticle({ format: "html", content: " \n\t " }))).toBe(
      "content: content: is empty",
    );
    expect(fieldOf(() => parseImportedArticle({ format: "text", content: "a\u0000b" }))).toMatch(/^content: .*NUL/);
    expect(fieldOf(() => parseImportedArticle({ format: "text", content: "x".repeat(1024 * 1024 + 1) }))).toMatch(
      /^content: .*1 MB/,
    );
    expect(fieldOf(() => parseImportedArticle({ format: "text", content: "bad \ud800 half" }))).toMatch(/^content:/);
    expect(fieldOf(() => parseImportedArticle({ format: "html", content: "<p>No heading</p>" }))).toMatch(/^headline:/);
    expect(fieldOf(() => formatForFileName("article.pdf"))).toMatch(/^file: .*\.txt/);
    expect(fieldOf(() => decodeImportFile(new Uint8Array([0x41, 0xff, 0x42])))).toMatch(/^file: .*UTF-8/);
  });

  it("reads file types from their extensions, and strict UTF-8", () => {
    expect(["a.TXT", "b.md", "c.markdown", "d.html", "e.htm"].map(formatForFileName)).toEqual([
      "text",
      "markdown",
      "markdown",
      "html",
      "html",
    ]);
    expect(decodeImportFile(new TextEncoder().encode("Kim’s visit"))).toBe("Kim’s visit");
  });
});

// Rich text ↔ plain text. The plain text is what search, reports, CSV and exports read, so it must
// read well on its own: paragraphs apart by a blank line, list items marked "- " or "1. ", quotes
// "> ", and a link's address kept beside its words when they differ.
import type {
  RichTextBlock,
  RichTextDoc,
  RichTextInline,
  RichTextListItem,
  RichTextMark,
} from "@/lib/rich-text/schema";

/**
 * The doc as plain text. Unknown nodes give their text, and a malformed tree gives what it can
 * rather than throwing: zod may run a refinement that calls this on a doc it is still refusing.
 */
export function toPlainText(doc: RichTextDoc): string {
  return blocksToText(doc.content);
}

/**
 * Plain text as a doc, for API clients that send a string: blank lines separate paragraphs and
 * single line breaks become hard breaks, so toPlainText gives the text back.
 */
export function fromPlainText(text: string): RichTextDoc {
  const paragraphs = text
    .replace(/\r\n?/g, "\n")
    .split(/\n(?:[ \t]*\n)+/)
    .map((paragraph) => {
      const content: RichTextInline[] = [];
      paragraph.split("\n").forEach((line, i) => {
        if (i > 0) content.push({ type: "hardBreak" });
        if (line) content.push({ type: "text", text: line });
      });
      return content.length > 0 ? { type: "paragraph" as const, content } : { type: "paragraph" as const };
    });
  return { type: "doc", content: paragraphs };
}

/** True when the doc holds no visible text (an untouched editor, or only spaces and breaks). */
export const isEmptyDoc = (doc: RichTextDoc) => toPlainText(doc).trim() === "";

const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const blocksToText = (blocks: unknown) => listOf(blocks).map(blockToText).join("\n\n");

function blockToText(node: unknown): string {
  const block = (node ?? {}) as RichTextBlock;
  switch (block.type) {
    case "paragraph":
      return inlineToText(listOf(block.content) as RichTextInline[]);
    case "bulletList":
    case "orderedList":
      return (listOf(block.content) as RichTextListItem[])
        .map((item, i) => {
          const marker = block.type === "orderedList" ? `${i + 1}. ` : "- ";
          const [first = "", ...rest] = listOf(item?.content).map(blockToText).join("\n").split("\n");
          return [marker + first, ...rest.map((line) => " ".repeat(marker.length) + line)].join("\n");
        })
        .join("\n");
    case "blockquote":
      return blocksToText(block.content)
        .split("\n")
        .map((line) => (line ? `> ${line}` : ">"))
        .join("\n");
    default:
      return textOf(node);
  }
}

/** Inline nodes as text; a run of text under one link is followed by its address if that differs. */
function inlineToText(nodes: readonly RichTextInline[]): string {
  let out = "";
  let link: { href: string; text: string } | null = null;
  const closeLink = () => {
    if (link) out += isSameAddress(link.text, link.href) ? link.text : `${link.text} (${link.href})`;
    link = null;
  };
  for (const node of nodes) {
    const marks = node?.type === "text" ? (listOf(node.marks) as RichTextMark[]) : [];
    const found = marks.find((m) => m?.type === "link")?.attrs?.href;
    const href = typeof found === "string" && found ? found : undefined;
    if (link && link.href !== href) closeLink();
    const text = node?.type === "hardBreak" ? "\n" : textOf(node);
    if (href) (link ??= { href, text: "" }).text += text;
    else out += text;
  }
  closeLink();
  return out;
}

/** "example.org" and "https://example.org/" name the same place; no need to say it twice. */
function isSameAddress(text: string, href: string) {
  const bare = (value: string) =>
    value
      .trim()
      .replace(/^(https?:\/\/|mailto:)/i, "")
      .replace(/\/$/, "");
  return bare(text) === bare(href);
}

/** All the text under a node, whatever it is. */
function textOf(node: unknown): string {
  const { text, content } = (node ?? {}) as { text?: unknown; content?: unknown };
  if (typeof text === "string") return text;
  return listOf(content).map(textOf).join("");
}

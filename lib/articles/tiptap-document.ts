/**
 * ArticleDocument ↔ Tiptap JSON (a ProseMirror doc), for the article editor.
 *
 * The article model is a flat list of plain-text blocks; the editor's schema nests (lists hold
 * items, quotes hold paragraphs). Going in, consecutive list items of one kind share a list and
 * each quote block is a blockquote with one paragraph. Coming back, every textblock becomes one
 * block, typed by the nearest quote or list around it, so whatever the editor's commands build
 * (a heading inside a quote, a nested list, two paragraphs in one item) still flattens to the model.
 * Marks and hard breaks are not in the model: text only, and empty blocks are dropped.
 */
import type { JSONContent } from "@tiptap/core";
import type { ArticleDocument, Block } from "@/lib/articles/document";

/** A node of Tiptap's JSON (what editor.getJSON() gives and setContent takes). */
export type TiptapNode = JSONContent;

export const STANDFIRST_NODE = "standfirst";

const LIST_NODES = { ordered: "orderedList", unordered: "bulletList" } as const;
type ListKind = keyof typeof LIST_NODES;

const textContent = (text: string): TiptapNode[] => (text ? [{ type: "text", text }] : []);
const textblock = (type: string, text: string, attrs?: Record<string, unknown>): TiptapNode => ({
  type,
  ...(attrs ? { attrs } : {}),
  content: textContent(text),
});

function toNode(block: Block): TiptapNode {
  switch (block.type) {
    case "title":
      return textblock("heading", block.text, { level: 1 });
    case "heading":
      return textblock("heading", block.text, { level: 2 });
    case "standfirst":
      return textblock(STANDFIRST_NODE, block.text);
    case "quote":
      return { type: "blockquote", content: [textblock("paragraph", block.text)] };
    case "paragraph":
    case "list-item":
      return textblock("paragraph", block.text);
  }
}

/** The Tiptap document for an article: what the editor opens with. */
export function toTiptapDocument(document: ArticleDocument): TiptapNode {
  const content: TiptapNode[] = [];
  for (const block of document.blocks) {
    if (block.type !== "list-item") {
      content.push(toNode(block));
      continue;
    }
    // Consecutive items of one kind share a list; no other block becomes a list node.
    const listType = LIST_NODES[block.list ?? "unordered"];
    if (content.at(-1)?.type !== listType) content.push({ type: listType, content: [] });
    content.at(-1)!.content!.push({ type: "listItem", content: [toNode(block)] });
  }
  // The schema wants at least one block: an empty article opens as one empty paragraph.
  return { type: "doc", content: content.length > 0 ? content : [{ type: "paragraph" }] };
}

interface Context {
  quote: boolean;
  list: ListKind | null;
}

/** The article document for what the editor holds: the blocks a revision is saved with. */
export function fromTiptapDocument(doc: TiptapNode): ArticleDocument {
  const blocks: Block[] = [];
  collectBlocks(doc.content ?? [], { quote: false, list: null }, blocks);
  return { blocks };
}

function collectBlocks(nodes: TiptapNode[], context: Context, blocks: Block[]) {
  for (const node of nodes) {
    switch (node.type) {
      case "blockquote":
        collectBlocks(node.content ?? [], { ...context, quote: true }, blocks);
        break;
      case "bulletList":
      case "orderedList": {
        const list = node.type === "orderedList" ? "ordered" : "unordered";
        collectBlocks(node.content ?? [], { ...context, list }, blocks);
        break;
      }
      case "listItem":
        collectBlocks(node.content ?? [], context, blocks);
        break;
      default: {
        const block = toBlock(node, context);
        if (block.text.trim()) blocks.push(block);
      }
    }
  }
}

function toBlock(node: TiptapNode, context: Context): Block {
  const text = plainText(node);
  // A textblock inside both a list and a quote (the editor allows either nesting) is a list item:
  // the model has no quoted list, and the bullet is the more visible of the two.
  if (context.list) return { type: "list-item", text, list: context.list };
  if (context.quote) return { type: "quote", text };
  if (node.type === STANDFIRST_NODE) return { type: "standfirst", text };
  if (node.type === "heading") return { type: node.attrs?.level === 1 ? "title" : "heading", text };
  return { type: "paragraph", text };
}

/** A textblock's text; marks are dropped, and a stray hard break reads as a space. */
function plainText(node: TiptapNode): string {
  if (node.type === "text") return node.text ?? "";
  if (node.type === "hardBreak") return " ";
  return (node.content ?? []).map(plainText).join("");
}

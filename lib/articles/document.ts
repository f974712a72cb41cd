/**
 * The article document model: an ordered list of typed text blocks.
 *
 * Anchoring never sees blocks. It works on one canonical plain text (the block
 * texts joined by BLOCK_SEPARATOR), and positionBlocks maps that text back to blocks
 * so the reader can paint highlights block by block.
 */

export type BlockType = "title" | "standfirst" | "heading" | "paragraph" | "quote" | "list-item";

export interface Block {
  type: BlockType;
  text: string;
  /** For list items only: whether the list was numbered (imported HTML and Markdown). */
  list?: "ordered" | "unordered";
}

export interface ArticleDocument {
  blocks: Block[];
}

export interface PositionedBlock extends Block {
  index: number;
  /** Offset of the block's first character in the canonical text. */
  start: number;
  /** Offset just past the block's last character (exclusive). */
  end: number;
}

/** Blocks are joined by this in the canonical text, so a selection across paragraphs has a stable text. */
export const BLOCK_SEPARATOR = "\n\n";

/** Returns the canonical text of a document: block texts joined by BLOCK_SEPARATOR. */
export function getDocumentText(doc: ArticleDocument): string {
  return doc.blocks.map((block) => block.text).join(BLOCK_SEPARATOR);
}

/** Returns each block with its [start, end) offsets in the canonical text. */
export function positionBlocks(doc: ArticleDocument): PositionedBlock[] {
  const positioned: PositionedBlock[] = [];
  let offset = 0;
  doc.blocks.forEach((block, index) => {
    const start = offset;
    const end = start + block.text.length;
    positioned.push({ ...block, index, start, end });
    offset = end + BLOCK_SEPARATOR.length;
  });
  return positioned;
}

/** Returns the text of the first title block, or "" when the document has none. */
export function getTitle(doc: ArticleDocument): string {
  return findBlock(doc, "title")?.text ?? "";
}

/** Returns the text of the first standfirst block, or null when the document has none. */
export function getStandfirst(doc: ArticleDocument): string | null {
  return findBlock(doc, "standfirst")?.text ?? null;
}

/** Returns the first block of the given type, if any. */
export function findBlock(doc: ArticleDocument, type: BlockType): Block | undefined {
  return doc.blocks.find((block) => block.type === type);
}

/**
 * The HTML element each block type is rendered as, in the reader and anywhere that must look
 * like it. A list item is a paragraph with a bullet (CSS), not an <li>: blocks are flat, and an
 * <li> needs a list around it.
 */
export const BLOCK_TAGS = {
  title: "h1",
  standfirst: "p",
  heading: "h2",
  paragraph: "p",
  quote: "blockquote",
  "list-item": "p",
} as const satisfies Record<BlockType, string>;

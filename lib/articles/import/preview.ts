// What the import form shows before saving: how the content was understood. Pure.
import type { ArticleDocument } from "@/lib/articles/document";
import type { ImportPreviewDto } from "@/lib/articles/dto";

const PREVIEW_BLOCKS = 8;
const PREVIEW_CHARS = 140;

/** Summarises a parsed import for the preview. */
export function previewImport(doc: ArticleDocument): ImportPreviewDto {
  const counts = { heading: 0, paragraph: 0, quote: 0, "list-item": 0 };
  for (const block of doc.blocks) if (block.type in counts) counts[block.type as keyof typeof counts]++;
  return {
    title: doc.blocks.find((block) => block.type === "title")?.text ?? "",
    standfirst: doc.blocks.find((block) => block.type === "standfirst")?.text ?? null,
    counts,
    firstBlocks: doc.blocks.slice(0, PREVIEW_BLOCKS).map(({ type, text }) => ({
      type,
      text: text.length > PREVIEW_CHARS ? `${text.slice(0, PREVIEW_CHARS - 1)}…` : text,
    })),
    characters: doc.blocks.reduce((sum, block) => sum + block.text.length, 0),
  };
}

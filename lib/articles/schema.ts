import { z } from "zod";
import type { ArticleDocument, Block } from "@/lib/articles/document";

/** One block of the stored document (see lib/articles/document.ts). */
export const articleBlockSchema = z.object({
  type: z.enum(["title", "standfirst", "heading", "paragraph", "quote", "list-item"]),
  text: z.string(),
  list: z.enum(["ordered", "unordered"]).optional(),
}) satisfies z.ZodType<Block>;

/** The stored document JSON, checked when read back so a bad row fails loudly, not in the UI. */
export const articleDocumentSchema: z.ZodType<ArticleDocument> = z.object({
  blocks: z.array(articleBlockSchema),
});

/** The keyset of the last article of a page: articles are listed oldest first. */
export const articleCursorSchema = z.strictObject({ createdAt: z.iso.datetime(), id: z.string().max(100) });

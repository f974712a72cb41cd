import { z } from "zod";
import type { ArticleDocument } from "@/lib/articles/document";

/** The stored document JSON, checked when read back so a bad row fails loudly, not in the UI. */
export const articleDocumentSchema: z.ZodType<ArticleDocument> = z.object({
  blocks: z.array(
    z.object({
      type: z.enum(["title", "standfirst", "heading", "paragraph", "quote", "list-item"]),
      text: z.string(),
      list: z.enum(["ordered", "unordered"]).optional(),
    }),
  ),
});

/** The keyset of the last article of a page: articles are listed oldest first. */
export const articleCursorSchema = z.strictObject({ createdAt: z.iso.datetime(), id: z.string().max(100) });

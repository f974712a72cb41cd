import { z } from "zod";
import type { ArticleDocument, Block } from "@/lib/articles/document";
import { toPageQuery } from "@/lib/http/pagination";

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

export type ArticleCursor = z.infer<typeof articleCursorSchema>;

/** Where a list of articles starts: after a cursor (the next page) or before one (the previous). */
export interface ArticleListQuery {
  limit: number;
  after: ArticleCursor | null;
  before: ArticleCursor | null;
}

/** Cards on one page of the workspace's article list. */
export const ARTICLES_PER_PAGE = 50;

/** A page of articles in a URL: ?cursor= for the page after that article, ?before= for the page before. */
export const articlePageQuerySchema = (limit: number) =>
  z
    .object({ cursor: z.string().max(500).optional(), before: z.string().max(500).optional() })
    .transform(({ cursor, before }, ctx): ArticleListQuery => {
      if (before === undefined) return { ...toPageQuery({ limit, cursor }, articleCursorSchema, ctx), before: null };
      const page = toPageQuery({ limit, cursor: before }, articleCursorSchema, ctx);
      return { limit, after: null, before: page.after };
    });

/** The article list page's URL. */
export const articleListQuerySchema = articlePageQuerySchema(ARTICLES_PER_PAGE);

import { z } from "zod";
import { BLOCK_SEPARATOR, type ArticleDocument } from "@/lib/articles/document";
import { MAX_CONTENT_BYTES, MAX_IMPORT_BODY_BYTES } from "@/lib/articles/import/formats";
import { MAX_CLAIM_LENGTH } from "@/lib/claims/schema";
import { toPageQuery } from "@/lib/http/pagination";
import { storableText } from "@/lib/validation/text";

/** A revision's request body may be as large as an import's: the same article, as blocks. */
export const MAX_REVISION_BODY_BYTES = MAX_IMPORT_BODY_BYTES;
// More blocks than any article has (the long seed article has 45); each costs a row of the diff.
const MAX_BLOCKS = 5_000;
const MAX_NOTE_CHARS = 500;

const blockSchema = z.strictObject({
  type: z.enum(["title", "standfirst", "heading", "paragraph", "quote", "list-item"]),
  text: storableText(MAX_CONTENT_BYTES).refine((text) => !text.includes(BLOCK_SEPARATOR), {
    message: "must be one block: no blank lines inside (split it into two blocks)",
  }),
  list: z.enum(["ordered", "unordered"]).optional(),
});

/**
 * A revision's document, as the editor sends it: a title first, at most 1 MB of text (the
 * import's limit). Blank blocks other than the title are dropped (an editor leaves empty
 * paragraphs behind), so error paths name the blocks as sent.
 */
export const revisionDocumentSchema = z
  .strictObject({ blocks: z.array(blockSchema).min(1, "must hold at least the title").max(MAX_BLOCKS) })
  .superRefine(({ blocks }, ctx) => {
    const [first] = blocks;
    if (first?.type !== "title") {
      ctx.addIssue({ code: "custom", path: ["blocks", 0, "type"], message: "the first block must be the title" });
    } else if (!first.text.trim()) {
      ctx.addIssue({ code: "custom", path: ["blocks", 0, "text"], message: "the title must not be empty" });
    }
    const bytes = blocks.reduce((sum, block) => sum + Buffer.byteLength(block.text, "utf8"), 0);
    if (bytes > MAX_CONTENT_BYTES) ctx.addIssue({ code: "custom", path: ["blocks"], message: "are larger than 1 MB" });
  })
  .transform(({ blocks }): ArticleDocument => ({
    blocks: blocks
      .filter((block, index) => index === 0 || block.text.trim() !== "")
      .map(({ type, text, list }) => (type === "list-item" && list ? { type, text, list } : { type, text })),
  }));

export const saveRevisionSchema = z.strictObject({
  baseRevision: z.number().int().min(1),
  document: revisionDocumentSchema,
  note: storableText(MAX_NOTE_CHARS).optional(),
});
export type SaveRevisionInput = z.infer<typeof saveRevisionSchema>;

/** A hand re-anchoring: a span of the article's current text, with the quote the client saw there. */
export const reattachClaimSchema = z.strictObject({
  start: z.number().int().min(0),
  end: z.number().int().min(1),
  exact: z.string().min(1).max(MAX_CLAIM_LENGTH),
  /** The claim's version the client saw; a stale one gets 409. */
  version: z.number().int().min(1).optional(),
});
export type ReattachClaimInput = z.infer<typeof reattachClaimSchema>;

/** The keyset of the last revision of a page: revisions are listed newest first, by number. */
export const revisionCursorSchema = z.strictObject({ number: z.number().int().min(1) });
export type RevisionCursor = z.infer<typeof revisionCursorSchema>;

/** Revisions on one page of the list. */
export const REVISIONS_PER_PAGE = 50;

/** The revisions page's URL: ?cursor= for the (older) page after that revision, ?before= for the newer one. */
export const revisionListQuerySchema = z
  .object({ cursor: z.string().max(500).optional(), before: z.string().max(500).optional() })
  .transform(({ cursor, before }, ctx) => {
    const limit = REVISIONS_PER_PAGE;
    if (before === undefined) return { ...toPageQuery({ limit, cursor }, revisionCursorSchema, ctx), before: null };
    const page = toPageQuery({ limit, cursor: before }, revisionCursorSchema, ctx);
    return { limit, after: null, before: page.after };
  });

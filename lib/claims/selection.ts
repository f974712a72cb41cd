import "server-only";
// A selection sent by a client, made into the span a claim is anchored on: read against the
// article's text inside the writing transaction, with the row share-locked, so a revision being
// saved at the same moment (it locks the row FOR UPDATE) either comes before or after, never between.
import {
  checkSelection,
  SelectorError,
  trimRange,
  type TextRange,
  type TextSelection,
} from "@/lib/anchoring/selectors";
import type { Tx } from "@/lib/db";
import { invalidInput } from "@/lib/errors";

/** The article's current text and revision number, share-locked until the transaction ends. */
export async function lockArticleText(tx: Tx, articleId: string): Promise<{ text: string; revision: number }> {
  const [article] = await tx.$queryRaw<{ text: string; revision: number }[]>`
    SELECT "text", "revision" FROM "Article" WHERE "id" = ${articleId} FOR SHARE`;
  if (!article) throw new Error(`article ${articleId} vanished while it was being annotated`);
  return article;
}

/**
 * The selection must match the text; it is trimmed of surrounding whitespace. Throws
 * INVALID_INPUT naming `${fieldPrefix}start`, `…end` or `…exact`.
 */
export function toAnchorRange(text: string, selection: TextSelection, fieldPrefix = ""): TextRange {
  try {
    return trimRange(text, checkSelection(text, selection));
  } catch (error) {
    if (error instanceof SelectorError) throw invalidInput(`${fieldPrefix}${error.field}`, error.message);
    throw error;
  }
}

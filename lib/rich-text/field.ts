// A rich-text field of the API: the plain field (`rationale`, `note`, `body`) for clients that send
// a string, or its doc (`rationaleDoc`, …) from the editor. Sending both is refused (422 naming the
// doc field) rather than one winning quietly: a client that sends both has a bug worth hearing
// about. Either way both are stored — the doc, and the plain text derived from it.
import type { z } from "zod";
import { fromPlainText, isEmptyDoc, toPlainText } from "@/lib/rich-text/plain-text";
import type { RichTextBlock, RichTextDoc } from "@/lib/rich-text/schema";

export interface RichText {
  /** Trimmed plain text; null when there is none. */
  text: string | null;
  /** Null exactly when `text` is. */
  doc: RichTextDoc | null;
}

/** For an object schema's superRefine: refuses a body that sets both `plain` and `doc`. */
export function refuseBoth<P extends string, D extends string>(plain: P, doc: D) {
  return (value: Partial<Record<P | D, unknown>>, ctx: z.RefinementCtx) => {
    if (value[plain] != null && value[doc] != null) {
      ctx.addIssue({ code: "custom", path: [doc], message: `send ${plain} or ${doc}, not both` });
    }
  };
}

/**
 * The text and doc to store from what was sent. Plain text is stored as sent (trimmed) with a doc
 * made from it; a doc loses its empty leading and trailing paragraphs and gives the plain text.
 */
export function toRichText(text: string | null | undefined, doc: RichTextDoc | null | undefined): RichText {
  if (doc) {
    const plain = toPlainText(doc).trim();
    return plain ? { text: plain, doc: trimDoc(doc) } : { text: null, doc: null };
  }
  const plain = text?.trim() || null;
  return { text: plain, doc: plain === null ? null : fromPlainText(plain) };
}

function trimDoc(doc: RichTextDoc): RichTextDoc {
  const isBlank = (block: RichTextBlock) => block.type === "paragraph" && isEmptyDoc({ type: "doc", content: [block] });
  const content = [...doc.content];
  while (content.length > 1 && isBlank(content[0]!)) content.shift();
  while (content.length > 1 && isBlank(content.at(-1)!)) content.pop();
  return { type: "doc", content };
}

/** Same content, whatever the key order (jsonb reorders keys). */
export function isSameDoc(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const otherKeys = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (keys.length !== otherKeys.length) return false;
  return keys.every((k) => isSameDoc((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/**
 * A doc column as DTOs carry it. Docs are validated before they are written (or made by
 * fromPlainText), so this only guards against a column that holds something else; the renderer
 * is defensive too (unknown nodes show their text, links are checked again).
 */
export function readStoredDoc(value: unknown): RichTextDoc | null {
  const doc = value as Partial<RichTextDoc> | null;
  return doc && typeof doc === "object" && doc.type === "doc" && Array.isArray(doc.content)
    ? (doc as RichTextDoc)
    : null;
}

// The one shape of rich text we store: Tiptap (ProseMirror) JSON cut down to paragraphs, bulleted
// and numbered lists, quotes, bold, italic, links and line breaks. Anything else — another node or
// mark, another attribute, a link that is not http(s)/mailto — is refused with a path to it, never
// dropped quietly: what we store is exactly what the person saw in the editor.
import { z } from "zod";
import { isAllowedHref } from "@/lib/rich-text/href";
import { toPlainText } from "@/lib/rich-text/plain-text";
import { storableText } from "@/lib/validation/text";

export type RichTextMark = { type: "bold" } | { type: "italic" } | { type: "link"; attrs: { href: string } };
export type RichTextText = { type: "text"; text: string; marks?: RichTextMark[] };
export type RichTextHardBreak = { type: "hardBreak" };
export type RichTextInline = RichTextText | RichTextHardBreak;
export type RichTextParagraph = { type: "paragraph"; content?: RichTextInline[] };
/** Starts with a paragraph, as in ProseMirror's list item ("paragraph block*"). */
export type RichTextListItem = { type: "listItem"; content: [RichTextParagraph, ...RichTextBlock[]] };
export type RichTextBulletList = { type: "bulletList"; content: RichTextListItem[] };
export type RichTextOrderedList = { type: "orderedList"; content: RichTextListItem[] };
export type RichTextBlockquote = { type: "blockquote"; content: RichTextBlock[] };
export type RichTextBlock = RichTextParagraph | RichTextBulletList | RichTextOrderedList | RichTextBlockquote;
export type RichTextNode = RichTextDoc | RichTextBlock | RichTextListItem | RichTextInline;
export type RichTextDoc = { type: "doc"; content: RichTextBlock[] };

/** Levels of nodes below the doc: a list three deep (list, item, list, item, list, item, paragraph, text) fits. */
export const MAX_DEPTH = 10;
/** Far above a page of writing (a paragraph of text is two nodes), far below harm. */
export const MAX_NODES = 2_000;

const BLOCK_TYPES = "paragraph, bulletList, orderedList or blockquote";

/** The doc of a field whose plain text may hold `maxLength` characters. */
export function richTextDocSchema(maxLength: number) {
  const mark = z.discriminatedUnion(
    "type",
    [
      z.strictObject({ type: z.literal("bold") }),
      z.strictObject({ type: z.literal("italic") }),
      z.strictObject({
        type: z.literal("link"),
        attrs: z.strictObject({
          href: z.string().refine(isAllowedHref, "must be an absolute http:, https: or mailto: address"),
        }),
      }),
    ],
    { error: "must be a bold, italic or link mark" },
  );
  const text = z.strictObject({
    type: z.literal("text"),
    text: storableText(maxLength).min(1, "must not be empty"),
    marks: z
      .array(mark)
      .max(3)
      .refine((marks) => new Set(marks.map((m) => m.type)).size === marks.length, "must not repeat a mark")
      .optional(),
  });
  const inline = z.discriminatedUnion("type", [text, z.strictObject({ type: z.literal("hardBreak") })], {
    error: "must be text or a hardBreak",
  });
  const paragraph = z.strictObject({ type: z.literal("paragraph"), content: z.array(inline).optional() });

  const block: z.ZodType<RichTextBlock> = z
    .lazy(() =>
      z.discriminatedUnion("type", [paragraph, list("bulletList"), list("orderedList"), blockquote], {
        error: `must be a ${BLOCK_TYPES} node`,
      }),
    )
    .meta({ title: "RichTextBlock" });
  const listItem = z.strictObject({
    type: z.literal("listItem"),
    content: z.tuple([paragraph], block),
  });
  const list = <T extends "bulletList" | "orderedList">(type: T) =>
    z.strictObject({ type: z.literal(type), content: z.array(listItem).min(1, "must hold a listItem") });
  const blockquote = z.strictObject({
    type: z.literal("blockquote"),
    content: z.array(block).min(1, "must hold a paragraph"),
  });

  const doc = z
    .strictObject({ type: z.literal("doc"), content: z.array(block).min(1, "must hold a paragraph") })
    .superRefine((value, ctx) => {
      // The plain text is what search, reports and the old plain field hold: the same limit applies.
      const length = [...toPlainText(value)].length;
      if (length > maxLength) {
        ctx.addIssue({
          code: "custom",
          message: `must be at most ${maxLength.toLocaleString("en-GB")} characters as plain text (is ${length.toLocaleString("en-GB")})`,
        });
      }
    });

  // Size first, by a loop: a hostile doc nested thousands deep must not reach zod's recursion.
  return z.preprocess((value, ctx) => {
    const problem = measure(value);
    if (problem) ctx.addIssue({ code: "custom", message: problem, input: value });
    return value;
  }, doc) as unknown as z.ZodType<RichTextDoc, unknown>;
}

/** Checks depth and node count without recursion; the shape itself is left to zod. */
function measure(value: unknown): string | null {
  const stack: { node: unknown; depth: number }[] = [{ node: value, depth: 0 }];
  let nodes = 0;
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (++nodes > MAX_NODES) return `must have at most ${MAX_NODES.toLocaleString("en-GB")} nodes`;
    if (depth > MAX_DEPTH) return `must nest at most ${MAX_DEPTH} levels deep`;
    const content = typeof node === "object" && node !== null ? (node as { content?: unknown }).content : undefined;
    if (Array.isArray(content)) for (const child of content) stack.push({ node: child, depth: depth + 1 });
  }
  return null;
}

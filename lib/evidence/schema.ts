import { z } from "zod";
import { MAX_CLAIM_LENGTH } from "@/lib/claims/schema";
import { parseSourceUrl } from "@/lib/validation/source-url";
import { refuseBoth } from "@/lib/rich-text/field";
import { isEmptyDoc } from "@/lib/rich-text/plain-text";
import { richTextDocSchema, type RichTextDoc } from "@/lib/rich-text/schema";
import { storableText } from "@/lib/validation/text";

export const STANCES = ["supports", "refutes", "context"] as const;
export type StanceValue = (typeof STANCES)[number];

export const MAX_NOTE_LENGTH = 5_000;

const optionalText = (max: number) =>
  storableText(max)
    .nullish()
    .transform((value) => value?.trim() || null);

const sourceUrl = z
  .string()
  .nullish()
  .transform((value, ctx) => {
    if (!value?.trim()) return null;
    const url = parseSourceUrl(value);
    if (!url) ctx.addIssue({ code: "custom", message: "must be an http:// or https:// web address" });
    return url;
  });

const evidenceFields = {
  url: sourceUrl,
  title: optionalText(300),
  excerpt: optionalText(5_000),
  stance: z.enum(STANCES),
  note: optionalText(MAX_NOTE_LENGTH),
  /** The note as rich text, instead of `note` (see lib/rich-text/field.ts). */
  noteDoc: richTextDocSchema(MAX_NOTE_LENGTH).nullish(),
};

/** A passage of an article of the claim's workspace: offsets into its canonical text, and the quote seen there. */
export const evidencePassageSchema = z.strictObject({
  articleId: z.string().min(1).max(100),
  start: z.number().int().min(0),
  end: z.number().int().min(1),
  exact: storableText(MAX_CLAIM_LENGTH).pipe(z.string().min(1)),
});
export type EvidencePassageInput = z.infer<typeof evidencePassageSchema>;

/** Evidence must say something: a source, a cited passage, an excerpt or a note. */
export const hasEvidenceContent = (e: {
  url: string | null;
  excerpt: string | null;
  note: string | null;
  noteDoc?: RichTextDoc | null;
  passage?: unknown;
}) => Boolean(e.url || e.excerpt || e.note || (e.noteDoc && !isEmptyDoc(e.noteDoc)) || e.passage);
export const EMPTY_EVIDENCE_MESSAGE = "give a source URL, a passage, an excerpt or a note";
const emptyEvidence = { message: EMPTY_EVIDENCE_MESSAGE, path: ["url"] };

export const addEvidenceSchema = z
  .strictObject({ ...evidenceFields, passage: evidencePassageSchema.nullish() })
  .refine(hasEvidenceContent, emptyEvidence)
  .superRefine(refuseBoth("note", "noteDoc"));
export type AddEvidenceInput = z.infer<typeof addEvidenceSchema>;

/**
 * An edit replaces every field but the passage, so the form sends the whole piece of evidence.
 * A cited passage stays as it was (cite another one as new evidence); updateEvidence checks
 * that evidence without one still says something.
 */
export const updateEvidenceSchema = z.strictObject(evidenceFields).superRefine(refuseBoth("note", "noteDoc"));
export type UpdateEvidenceInput = z.infer<typeof updateEvidenceSchema>;

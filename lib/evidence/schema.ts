import { z } from "zod";
import { parseSourceUrl } from "@/lib/evidence/source-url";
import { storableText } from "@/lib/validation/text";

export const STANCES = ["supports", "refutes", "context"] as const;
export type StanceValue = (typeof STANCES)[number];

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
  note: optionalText(5_000),
};

const hasContent = (e: { url: string | null; excerpt: string | null; note: string | null }) =>
  Boolean(e.url || e.excerpt || e.note);
const emptyEvidence = { message: "give a source URL, an excerpt or a note", path: ["url"] };

export const addEvidenceSchema = z.strictObject(evidenceFields).refine(hasContent, emptyEvidence);
export type AddEvidenceInput = z.infer<typeof addEvidenceSchema>;

/** An edit replaces every field, so the form sends the whole piece of evidence. */
export const updateEvidenceSchema = addEvidenceSchema;
export type UpdateEvidenceInput = AddEvidenceInput;

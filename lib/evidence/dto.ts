// What pages and API clients see of a claim's evidence. Rows become DTOs here and nowhere else.
import { z } from "zod";
import type { Evidence } from "@/generated/prisma/client";
import { anchorStatusValueSchema } from "@/lib/anchoring/dto";
import { toWireEnum } from "@/lib/db-enums";
import { MAX_NOTE_LENGTH, STANCES } from "@/lib/evidence/schema";
import { readStoredDoc } from "@/lib/rich-text/field";
import { richTextDocSchema } from "@/lib/rich-text/schema";
import { personDtoSchema, personDtoSelect, toPersonDto, type PersonDto } from "@/lib/users/dto";

export const stanceValueSchema = z.enum(STANCES);

export const evidencePassageDtoSchema = z.object({
  articleId: z.string(),
  articleSlug: z.string(),
  articleTitle: z.string(),
  exact: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  /** How the passage was found in that article's current revision, as for claims. */
  status: anchorStatusValueSchema,
  quality: z.number().min(0).max(1),
});
export type EvidencePassageDto = z.infer<typeof evidencePassageDtoSchema>;

export const evidenceDtoSchema = z.object({
  id: z.string(),
  url: z.string().nullable(),
  title: z.string().nullable(),
  excerpt: z.string().nullable(),
  stance: stanceValueSchema,
  /** Plain text of the note, derived from noteDoc (which is null on rows saved before rich text). */
  note: z.string().nullable(),
  noteDoc: richTextDocSchema(MAX_NOTE_LENGTH).nullable(),
  passage: evidencePassageDtoSchema
    .nullable()
    .describe("A passage of an article in the same workspace cited as the evidence; null for a source URL or note"),
  createdBy: personDtoSchema,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type EvidenceDto = z.infer<typeof evidenceDtoSchema>;

/** Rows loaded with evidenceDtoInclude; without passageArticle a passage reads as none. */
type EvidenceRow = Evidence & { createdBy: PersonDto; passageArticle?: { slug: string; title: string } | null };

export function toEvidenceDto(row: EvidenceRow): EvidenceDto {
  return {
    id: row.id,
    url: row.url,
    title: row.title,
    excerpt: row.excerpt,
    stance: toWireEnum(row.stance),
    note: row.note,
    noteDoc: readStoredDoc(row.noteDoc),
    passage: toEvidencePassageDto(row),
    createdBy: toPersonDto(row.createdBy),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

function toEvidencePassageDto(row: EvidenceRow): EvidencePassageDto | null {
  const { passageArticle: article, passageArticleId, passageExact, passageStart, passageEnd } = row;
  if (!article || !passageArticleId || passageExact === null || passageStart === null || passageEnd === null)
    return null;
  return {
    articleId: passageArticleId,
    articleSlug: article.slug,
    articleTitle: article.title,
    exact: passageExact,
    start: passageStart,
    end: passageEnd,
    status: toWireEnum(row.passageStatus ?? "ORPHANED"),
    quality: row.passageQuality ?? 0,
  };
}

/** The include that gives an evidence row everything toEvidenceDto needs. */
export const evidenceDtoInclude = {
  createdBy: personDtoSelect,
  passageArticle: { select: { slug: true, title: true } },
} as const;

// ArticleRevision rows → DTOs (lib/articles/dto.ts). Rows become DTOs here and nowhere else.
import type { ArticleRevision } from "@/generated/prisma/client";
import type { ReanchorSummary, RevisionDto, RevisionSummaryDto } from "@/lib/articles/dto";
import { articleDocumentSchema } from "@/lib/articles/schema";

type SummaryRow = Pick<ArticleRevision, "number" | "title" | "note" | "createdAt" | "anchorSummary"> & {
  createdBy: { id: string; name: string } | null;
};

/** The select giving a row everything toRevisionSummaryDto needs (no document or text). */
export const revisionSummarySelect = {
  number: true,
  title: true,
  note: true,
  createdAt: true,
  anchorSummary: true,
  createdBy: { select: { id: true, name: true } },
} as const;

export function toRevisionSummaryDto(row: SummaryRow, currentRevision: number): RevisionSummaryDto {
  return {
    number: row.number,
    title: row.title,
    note: row.note,
    createdBy: row.createdBy ? { id: row.createdBy.id, name: row.createdBy.name } : null,
    createdAt: row.createdAt.toISOString(),
    anchorSummary: (row.anchorSummary as ReanchorSummary | null) ?? null,
    current: row.number === currentRevision,
  };
}

export function toRevisionDto(
  row: SummaryRow & { document: unknown; text: string },
  currentRevision: number,
): RevisionDto {
  return {
    ...toRevisionSummaryDto(row, currentRevision),
    document: articleDocumentSchema.parse(row.document),
    text: row.text,
  };
}

// What pages and API clients see of a claim's discussion. Rows become DTOs here and nowhere else.
import { z } from "zod";
import type { Comment } from "@/generated/prisma/client";
import { MAX_COMMENT_LENGTH } from "@/lib/comments/schema";
import { readStoredDoc } from "@/lib/rich-text/field";
import { richTextDocSchema } from "@/lib/rich-text/schema";
import { personDtoSchema, personDtoSelect, toPersonDto, type PersonDto } from "@/lib/users/dto";

export const commentDtoSchema = z.object({
  id: z.string(),
  /** Plain text, trimmed (derived from bodyDoc): what search and exports read. */
  body: z.string(),
  /** The comment as rich text, rendered without HTML; null on comments posted before rich text. */
  bodyDoc: richTextDocSchema(MAX_COMMENT_LENGTH).nullable(),
  author: personDtoSchema,
  createdAt: z.iso.datetime(),
});
export type CommentDto = z.infer<typeof commentDtoSchema>;

export const threadDtoSchema = z.object({
  /** Oldest first, as a conversation reads. */
  comments: z.array(commentDtoSchema),
  resolvedAt: z.iso.datetime().nullable().describe("Null while the thread is open"),
  resolvedBy: personDtoSchema.nullable(),
});
export type ThreadDto = z.infer<typeof threadDtoSchema>;

/** What a thread event records in the audit trail (and live views receive). */
export const threadStateDtoSchema = z.object({
  claimId: z.string(),
  resolvedAt: z.iso.datetime().nullable(),
  resolvedBy: personDtoSchema.nullable(),
});
export type ThreadStateDto = z.infer<typeof threadStateDtoSchema>;

export function toCommentDto(row: Comment & { author: PersonDto }): CommentDto {
  return {
    id: row.id,
    body: row.body,
    bodyDoc: readStoredDoc(row.bodyDoc),
    author: toPersonDto(row.author),
    createdAt: row.createdAt.toISOString(),
  };
}

export function toThreadStateDto(row: {
  id: string;
  threadResolvedAt: Date | null;
  threadResolvedBy: PersonDto | null;
}): ThreadStateDto {
  return {
    claimId: row.id,
    resolvedAt: row.threadResolvedAt?.toISOString() ?? null,
    resolvedBy: row.threadResolvedBy && toPersonDto(row.threadResolvedBy),
  };
}

/** Selects everything toCommentDto needs. */
export const commentDtoInclude = { author: personDtoSelect } as const;

/** Selects everything toThreadStateDto needs from a claim. */
export const threadStateSelect = {
  id: true,
  threadResolvedAt: true,
  threadResolvedBy: personDtoSelect,
} as const;

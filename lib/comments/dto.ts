// What pages and API clients see of a claim's discussion. Rows become DTOs here and nowhere else.
import type { Comment } from "@/generated/prisma/client";
import type { PersonDto } from "@/lib/claims/dto";
import { readStoredDoc } from "@/lib/rich-text/field";
import type { RichTextDoc } from "@/lib/rich-text/schema";

export interface CommentDto {
  id: string;
  /** Plain text, trimmed (derived from bodyDoc): what search and exports read. */
  body: string;
  /** The comment as rich text, rendered without HTML; null on comments posted before rich text. */
  bodyDoc: RichTextDoc | null;
  author: PersonDto;
  createdAt: string;
}

export interface ThreadDto {
  /** Oldest first, as a conversation reads. */
  comments: CommentDto[];
  /** Null while the thread is open. */
  resolvedAt: string | null;
  resolvedBy: PersonDto | null;
}

/** What a thread event records in the audit trail (and live views receive). */
export interface ThreadStateDto {
  claimId: string;
  resolvedAt: string | null;
  resolvedBy: PersonDto | null;
}

const person = (user: PersonDto): PersonDto => ({ id: user.id, name: user.name });

export function toCommentDto(row: Comment & { author: PersonDto }): CommentDto {
  return {
    id: row.id,
    body: row.body,
    bodyDoc: readStoredDoc(row.bodyDoc),
    author: person(row.author),
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
    resolvedBy: row.threadResolvedBy && person(row.threadResolvedBy),
  };
}

/** Selects everything toCommentDto needs. */
export const commentDtoInclude = { author: { select: { id: true, name: true } } } as const;

/** Selects everything toThreadStateDto needs from a claim. */
export const threadStateSelect = {
  id: true,
  threadResolvedAt: true,
  threadResolvedBy: { select: { id: true, name: true } },
} as const;

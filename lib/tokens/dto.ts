// What the tokens page and API clients see of a token: never its hash.
import type { ApiToken } from "@/generated/prisma/client";

export interface ApiTokenDto {
  id: string;
  name: string;
  /** The first characters of the token, to recognise it. */
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
  revokedAt: string | null;
}

const iso = (date: Date | null) => (date ? date.toISOString() : null);

export const toApiTokenDto = (row: ApiToken): ApiTokenDto => ({
  id: row.id,
  name: row.name,
  prefix: row.prefix,
  createdAt: row.createdAt.toISOString(),
  lastUsedAt: iso(row.lastUsedAt),
  expiresAt: iso(row.expiresAt),
  revokedAt: iso(row.revokedAt),
});

export interface CreatedTokenDto {
  token: ApiTokenDto;
  /** The token itself: returned once, never stored. */
  secret: string;
}

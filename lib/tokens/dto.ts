// What the tokens page and API clients see of a token: never its hash.
import { z } from "zod";
import type { ApiToken } from "@/generated/prisma/client";

export const apiTokenDtoSchema = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string().describe("The first characters of the token, to recognise it"),
  createdAt: z.iso.datetime(),
  lastUsedAt: z.iso.datetime().nullable(),
  expiresAt: z.iso.datetime().nullable(),
  revokedAt: z.iso.datetime().nullable(),
});
export type ApiTokenDto = z.infer<typeof apiTokenDtoSchema>;

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

export const createdTokenDtoSchema = z.object({
  token: apiTokenDtoSchema,
  secret: z.string().describe("The token itself: returned once, never stored"),
});
export type CreatedTokenDto = z.infer<typeof createdTokenDtoSchema>;

/** GET …/tokens: the caller's own tokens for the workspace. */
export const apiTokenListDtoSchema = z.object({ tokens: z.array(apiTokenDtoSchema) });
export type ApiTokenListDto = z.infer<typeof apiTokenListDtoSchema>;

import { z } from "zod";

// A token that never expires is allowed (automation), but most people pick a date.
export const MAX_TOKEN_DAYS = 365;

/** A new personal access token for the caller, in the workspace of the URL. */
export const createTokenSchema = z.strictObject({
  name: z.string().trim().min(1).max(100).describe("What the token is for, shown in the list"),
  expiresInDays: z
    .number()
    .int()
    .min(1)
    .max(MAX_TOKEN_DAYS)
    .nullable()
    .optional()
    .describe("Days until the token stops working; omit or null for no expiry"),
});
export type CreateTokenInput = z.infer<typeof createTokenSchema>;

import { z } from "zod";

// Long enough for a claim that spans a few paragraphs; anything larger is a selection mistake.
export const MAX_CLAIM_LENGTH = 10_000;

/** A new claim: a span of the article's canonical text, with the quote the client saw there. */
export const createClaimSchema = z.strictObject({
  start: z.number().int().min(0),
  end: z.number().int().min(1),
  exact: z.string().min(1).max(MAX_CLAIM_LENGTH),
});
export type CreateClaimInput = z.infer<typeof createClaimSchema>;

/** The keyset of the last claim of a page: claims are listed in text order. */
export const claimCursorSchema = z.strictObject({ start: z.number().int(), end: z.number().int() });

import { z } from "zod";
import { MAX_CLAIM_LENGTH } from "@/lib/claims/schema";

/** A suggestion to dismiss, named by its span and quote like a claim is. */
export const dismissSuggestionSchema = z.strictObject({
  start: z.number().int().min(0),
  end: z.number().int().min(1),
  exact: z.string().min(1).max(MAX_CLAIM_LENGTH),
});
export type DismissSuggestionInput = z.infer<typeof dismissSuggestionSchema>;

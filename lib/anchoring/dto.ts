// What pages and API clients see of an anchor: how a claim (or a quoted passage) was found in its
// article's current revision. The lower-case spelling of the AnchorStatus enum of the schema.
import { z } from "zod";

export const ANCHOR_STATUSES = ["exact", "moved", "fuzzy", "orphaned"] as const;
export const anchorStatusValueSchema = z.enum(ANCHOR_STATUSES);
export type AnchorStatusValue = z.infer<typeof anchorStatusValueSchema>;

export const claimAnchorDtoSchema = z.object({
  /** How the claim was found in the article's current revision (see AnchorStatus in the schema). */
  status: anchorStatusValueSchema,
  quality: z.number().min(0).max(1).describe("0–1; below 1 only for fuzzy matches"),
  revision: z.number().int().describe("The article revision the position was measured against"),
});
export type ClaimAnchorDto = z.infer<typeof claimAnchorDtoSchema>;

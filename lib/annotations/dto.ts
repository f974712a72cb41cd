// What API clients see of an annotation import: how much of each kind was added.
import { z } from "zod";

export const importSummarySchema = z.object({
  claims: z.number().int(),
  verdicts: z.number().int(),
  evidence: z.number().int(),
});
export type ImportSummary = z.infer<typeof importSummarySchema>;

/** POST …/annotations/import: 201 with the counts. */
export const importReplySchema = z.object({ imported: importSummarySchema });
export type ImportReply = z.infer<typeof importReplySchema>;

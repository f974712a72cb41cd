import { z } from "zod";
import { storableText } from "@/lib/validation/text";
import { VERDICTS } from "@/lib/verdicts/rules";

export const MAX_RATIONALE_LENGTH = 5_000;

export const setVerdictSchema = z.strictObject({
  verdict: z.enum(VERDICTS),
  rationale: storableText(MAX_RATIONALE_LENGTH).nullish(),
  /** The claim version the reviewer saw; a newer one in the database is a conflict. */
  expectedVersion: z.number().int().min(1).optional(),
});
export type SetVerdictInput = z.infer<typeof setVerdictSchema>;

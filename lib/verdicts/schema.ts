import { z } from "zod";
import { refuseBoth } from "@/lib/rich-text/field";
import { richTextDocSchema } from "@/lib/rich-text/schema";
import { storableText } from "@/lib/validation/text";
import { VERDICTS } from "@/lib/verdicts/rules";

export const MAX_RATIONALE_LENGTH = 5_000;

/** The rationale comes as plain text (`rationale`) or as rich text (`rationaleDoc`), not both. */
export const setVerdictSchema = z
  .strictObject({
    verdict: z.enum(VERDICTS),
    rationale: storableText(MAX_RATIONALE_LENGTH).nullish(),
    rationaleDoc: richTextDocSchema(MAX_RATIONALE_LENGTH).nullish(),
    /** The claim version the reviewer saw; a newer one in the database is a conflict. */
    expectedVersion: z.number().int().min(1).optional(),
  })
  .superRefine(refuseBoth("rationale", "rationaleDoc"));
export type SetVerdictInput = z.infer<typeof setVerdictSchema>;

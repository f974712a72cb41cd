// What pages and API clients see of a claim's verdict history. Rows become DTOs here and nowhere else.
import { z } from "zod";
import type { VerdictChange } from "@/generated/prisma/client";
import { toWireEnum } from "@/lib/db-enums";
import { readStoredDoc } from "@/lib/rich-text/field";
import { richTextDocSchema } from "@/lib/rich-text/schema";
import { personDtoSchema, toPersonDto, type PersonDto } from "@/lib/users/dto";
import { VERDICTS } from "@/lib/verdicts/rules";
import { MAX_RATIONALE_LENGTH } from "@/lib/verdicts/schema";

export const verdictValueSchema = z.enum(VERDICTS);

/** A rationale as rich text; null on rows saved before rich text (render the plain field then). */
export const rationaleDocSchema = richTextDocSchema(MAX_RATIONALE_LENGTH).nullable();

export const verdictChangeDtoSchema = z.object({
  id: z.string(),
  from: verdictValueSchema,
  to: verdictValueSchema,
  rationale: z.string().nullable(),
  rationaleDoc: rationaleDocSchema,
  actor: personDtoSchema,
  createdAt: z.iso.datetime(),
});
export type VerdictChangeDto = z.infer<typeof verdictChangeDtoSchema>;

export function toVerdictChangeDto(row: VerdictChange & { actor: PersonDto }): VerdictChangeDto {
  return {
    id: row.id,
    from: toWireEnum(row.from),
    to: toWireEnum(row.to),
    rationale: row.rationale,
    rationaleDoc: readStoredDoc(row.rationaleDoc),
    actor: toPersonDto(row.actor),
    createdAt: row.createdAt.toISOString(),
  };
}

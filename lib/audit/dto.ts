// What pages and API clients see of the audit trail: one line of activity per event.
import { z } from "zod";
import { personDtoSchema } from "@/lib/users/dto";

export const activityDtoSchema = z.object({
  id: z.string().describe("The event's position in the audit log"),
  action: z.string(),
  summary: z.string().describe("The event in words, for people"),
  actor: personDtoSchema,
  article: z.object({ slug: z.string(), title: z.string() }).nullable(),
  claimId: z.string().nullable(),
  createdAt: z.iso.datetime(),
});
export type ActivityDto = z.infer<typeof activityDtoSchema>;

/** GET …/claims/{id}/history: everything that happened to a claim, its evidence and its thread, oldest first. */
export const claimHistoryDtoSchema = z.object({ history: z.array(activityDtoSchema) });
export type ClaimHistoryDto = z.infer<typeof claimHistoryDtoSchema>;

// What live views receive: each committed change (an audit event) of the article they show.
import { z } from "zod";
import { personDtoSchema } from "@/lib/users/dto";

/** One committed change, as live views receive it. */
export const liveEventDtoSchema = z.object({
  id: z.string().describe("The event's position in the audit log: resume the stream after it"),
  action: z.string().describe('What happened, e.g. "verdict.set" or "claim.reattached"'),
  entityType: z.string(),
  entityId: z.string(),
  actor: personDtoSchema,
  /** The entity's DTO before and after the change (null where there is none, as on creation). */
  before: z.unknown(),
  after: z.unknown(),
  createdAt: z.iso.datetime(),
});
export type LiveEventDto = z.infer<typeof liveEventDtoSchema>;

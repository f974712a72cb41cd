import { z } from "zod";

/** Who the claim is assigned to (null: nobody) and by when (an ISO date or date-time; null: no date). */
export const assignClaimSchema = z.strictObject({
  assigneeId: z.string().min(1).max(100).nullable(),
  dueAt: z.iso
    .datetime({ offset: true })
    .or(z.iso.date())
    .nullish()
    .transform((value) => (value ? new Date(value) : null)),
});
export type AssignClaimInput = z.infer<typeof assignClaimSchema>;

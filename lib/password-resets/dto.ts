// What an owner sees when they create a reset link: the link itself (only this once), and where
// else the person belongs.
import { z } from "zod";

export const createdResetDtoSchema = z.object({
  path: z.string().describe('"/reset-password/<token>", to be put after the app\'s origin'),
  expiresAt: z.iso.datetime(),
  otherWorkspaces: z
    .array(z.string())
    .describe("The other workspaces the person belongs to: they see this reset in their activity too"),
});
export type CreatedResetDto = z.infer<typeof createdResetDtoSchema>;

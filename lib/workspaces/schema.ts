import { z } from "zod";
import { ROLE_VALUES } from "@/lib/permissions/roles";

export const changeRoleSchema = z.strictObject({ role: z.enum(ROLE_VALUES) });
export type ChangeRoleInput = z.infer<typeof changeRoleSchema>;

export const createWorkspaceSchema = z.strictObject({
  name: z.string().trim().min(2, "must be at least 2 characters").max(80, "must be at most 80 characters"),
});
export type CreateWorkspaceInput = z.infer<typeof createWorkspaceSchema>;

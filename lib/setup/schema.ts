import { z } from "zod";
import { storableText } from "@/lib/validation/text";

/** The first owner and their first workspace (the /setup page and npm run create-owner). */
export const firstOwnerSchema = z.strictObject({
  name: storableText(100).trim().min(1, "is required"),
  email: z.string().trim().toLowerCase().email("must be an email address").max(320, "must be at most 320 characters"),
  // The length rule and the rest live in lib/users/password-policy.ts (assertStrongPassword).
  password: storableText(200),
  workspaceName: storableText(80).trim().min(2, "must be at least 2 characters"),
});
export type FirstOwnerInput = z.infer<typeof firstOwnerSchema>;

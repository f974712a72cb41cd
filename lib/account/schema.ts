import { z } from "zod";
import { MAX_PASSWORD_LENGTH } from "@/lib/users/password-policy";

// Length and strength of the new password are checked by lib/users/password-policy.ts, which
// words its refusals for people; here only the shape.
const newPassword = z
  .string()
  .min(1, "is required")
  .max(MAX_PASSWORD_LENGTH, `must be at most ${MAX_PASSWORD_LENGTH} characters`);

/** A new password typed twice, as the account page and a reset link ask for it. */
export const setPasswordSchema = z
  .strictObject({ newPassword, confirmPassword: z.string().max(MAX_PASSWORD_LENGTH) })
  .refine((input) => input.newPassword === input.confirmPassword, {
    path: ["confirmPassword"],
    message: "does not match the new password",
  });
export type SetPasswordInput = z.infer<typeof setPasswordSchema>;

/** The account page's change: the current password, then the new one twice. */
export const changePasswordSchema = z
  .strictObject({
    currentPassword: z.string().min(1, "is required").max(MAX_PASSWORD_LENGTH),
    newPassword,
    confirmPassword: z.string().max(MAX_PASSWORD_LENGTH),
  })
  .refine((input) => input.newPassword === input.confirmPassword, {
    path: ["confirmPassword"],
    message: "does not match the new password",
  });
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;

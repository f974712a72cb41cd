import { z } from "zod";
import { DEFAULT_EXPIRY_DAYS, MAX_EXPIRY_DAYS } from "@/lib/invitations/rules";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "@/lib/users/password-policy";
import { ROLE_VALUES } from "@/lib/permissions/roles";

export const createInvitationSchema = z.strictObject({
  role: z.enum(ROLE_VALUES),
  expiresInDays: z
    .number()
    .int("must be a whole number of days")
    .min(1, "must be at least 1 day")
    .max(MAX_EXPIRY_DAYS, `must be at most ${MAX_EXPIRY_DAYS} days`)
    .default(DEFAULT_EXPIRY_DAYS),
});
export type CreateInvitationInput = z.infer<typeof createInvitationSchema>;

export { MIN_PASSWORD_LENGTH };

/** A new person's account, created on the invite page. */
export const newAccountSchema = z.strictObject({
  name: z.string().trim().min(1, "is required").max(100, "must be at most 100 characters"),
  email: z.string().trim().toLowerCase().email("must be an email address").max(320),
  password: z
    .string()
    .min(MIN_PASSWORD_LENGTH, `must be at least ${MIN_PASSWORD_LENGTH} characters`)
    .max(MAX_PASSWORD_LENGTH, `must be at most ${MAX_PASSWORD_LENGTH} characters`),
});
export type NewAccountInput = z.infer<typeof newAccountSchema>;

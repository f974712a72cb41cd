"use server";
import { AppError } from "@/lib/errors";
import { fromZodError } from "@/lib/http/error-body";
import { setPasswordSchema } from "@/lib/account/schema";
import { resetPassword } from "@/lib/password-resets/mutations";

export interface ResetFormState {
  error: string | null;
  field?: string;
  /** Set once the password is changed: the account's email, for the sign-in link. */
  doneFor?: string;
}

/** Sets a new password through a reset link; the person then signs in with it. */
export async function resetPasswordAction(_state: ResetFormState, form: FormData): Promise<ResetFormState> {
  const parsed = setPasswordSchema.safeParse({
    newPassword: form.get("newPassword"),
    confirmPassword: form.get("confirmPassword"),
  });
  if (!parsed.success) {
    const error = fromZodError(parsed.error);
    return { error: error.message, field: error.field };
  }
  try {
    const { email } = await resetPassword(String(form.get("token") ?? ""), parsed.data);
    return { error: null, doneFor: email };
  } catch (error) {
    if (error instanceof AppError) return { error: error.message, field: error.field };
    throw error;
  }
}

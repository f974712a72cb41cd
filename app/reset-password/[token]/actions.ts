"use server";
import { formAction, type FormAction } from "@/app/_lib/form-action";
import { setPasswordSchema } from "@/lib/account/schema";
import { resetPassword } from "@/lib/password-resets/mutations";

export interface ResetFormState {
  error: string | null;
  field?: string;
  /** Set once the password is changed: the account's email, for the sign-in link. */
  doneFor?: string;
}

/** Sets a new password through a reset link; the person then signs in with it. */
export const resetPasswordAction: FormAction<ResetFormState> = formAction({
  parse: (form) =>
    setPasswordSchema.parse({ newPassword: form.get("newPassword"), confirmPassword: form.get("confirmPassword") }),
  labels: { newPassword: "New password", confirmPassword: "Confirm new password" },
  run: async (input, form) => {
    const { email } = await resetPassword(String(form.get("token") ?? ""), input);
    return { error: null, doneFor: email };
  },
});

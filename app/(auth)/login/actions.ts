"use server";
import { formAction, type FormAction } from "@/app/_lib/form-action";
import { signIn } from "@/lib/auth";
import { getOAuthProviderInfo } from "@/lib/auth/providers";
import { toSignInRefusal } from "@/lib/auth/sign-in-errors";

export interface LoginState {
  error: string | null;
  /** Given back so the form keeps it after a refusal (React resets a form after its action). */
  email?: string;
}

/** Signs in with email and password; redirects on success (signIn throws the redirect). */
export const loginAction: FormAction<LoginState> = formAction({
  parse: (form) => ({
    email: form.get("email"),
    password: form.get("password"),
    redirectTo: safeRedirect(form.get("next")),
  }),
  keep: (form) => ({ email: String(form.get("email") ?? "").slice(0, 320) }),
  run: async (credentials) => {
    try {
      await signIn("credentials", credentials);
    } catch (error) {
      throw toSignInRefusal(error);
    }
    return { error: null };
  },
});

/** Starts an OAuth sign-in with a configured provider (redirects to it). */
export async function oauthSignInAction(form: FormData): Promise<void> {
  const provider = getOAuthProviderInfo().find((info) => info.id === form.get("provider"));
  if (!provider) return;
  await signIn(provider.id, { redirectTo: safeRedirect(form.get("next")) });
}

/**
 * Only same-site paths: an open redirect would let a link send a reviewer anywhere after sign-in.
 * Browsers read "/\host" as "//host", so a backslash second is refused as well.
 */
function safeRedirect(value: FormDataEntryValue | null): string {
  return typeof value === "string" && /^\/(?![/\\])/.test(value) ? value : "/";
}

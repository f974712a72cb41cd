"use server";
import { AuthError } from "next-auth";
import { signIn } from "@/lib/auth";
import { getOAuthProviderInfo } from "@/lib/auth/providers";
import { SignInThrottled } from "@/lib/auth/sign-in-errors";

export interface LoginState {
  error: string | null;
  /** Given back so the form keeps it after a refusal (React resets a form after its action). */
  email?: string;
}

/** Signs in with email and password; redirects on success (signIn throws the redirect). */
export async function loginAction(_state: LoginState, form: FormData): Promise<LoginState> {
  try {
    await signIn("credentials", {
      email: form.get("email"),
      password: form.get("password"),
      redirectTo: safeRedirect(form.get("next")),
    });
    return { error: null };
  } catch (error) {
    const email = String(form.get("email") ?? "").slice(0, 320);
    if (error instanceof SignInThrottled) return { error: error.userMessage, email };
    if (error instanceof AuthError) return { error: "That email and password do not match an account.", email };
    throw error;
  }
}

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

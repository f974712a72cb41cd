"use server";
import { AuthError } from "next-auth";
import { signIn } from "@/lib/auth";

export interface LoginState {
  error: string | null;
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
    if (error instanceof AuthError) return { error: "That email and password do not match an account." };
    throw error;
  }
}

/** Only same-site paths: an open redirect would let a link send a reviewer anywhere after sign-in. */
function safeRedirect(value: FormDataEntryValue | null): string {
  return typeof value === "string" && value.startsWith("/") && !value.startsWith("//") ? value : "/";
}

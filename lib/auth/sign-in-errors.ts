// Why a credentials sign-in was refused, in a form Auth.js carries to the login page: the
// `code` lands in the redirect URL (?error=CredentialsSignin&code=throttled) and the thrown
// instance reaches the login server action as is.
import { AuthError, CredentialsSignin } from "next-auth";
import { AppError } from "@/lib/errors";
import { throttleMessage } from "@/lib/users/sign-in-throttle";

export class SignInThrottled extends CredentialsSignin {
  code = "throttled";
  constructor(readonly retryAfterMinutes: number) {
    super(throttleMessage(retryAfterMinutes));
  }

  /** What the user reads; Auth.js appends a documentation link to `message`. */
  get userMessage() {
    return throttleMessage(this.retryAfterMinutes);
  }
}

/**
 * What signIn threw, as the login form's refusal: throttled, or not a match (one wording for a
 * wrong email and a wrong password). Anything else, the success redirect included, is returned
 * as it is, to be thrown on.
 */
export function toSignInRefusal(error: unknown): unknown {
  if (error instanceof SignInThrottled) return new AppError("RATE_LIMITED", error.userMessage);
  if (error instanceof AuthError)
    return new AppError("UNAUTHENTICATED", "That email and password do not match an account.");
  return error;
}

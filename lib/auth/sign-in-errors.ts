// Why a credentials sign-in was refused, in a form Auth.js carries to the login page: the
// `code` lands in the redirect URL (?error=CredentialsSignin&code=throttled) and the thrown
// instance reaches the login server action as is.
import { CredentialsSignin } from "next-auth";
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

import { AuthError } from "next-auth";
import { changePassword } from "@/lib/account/mutations";
import { operations } from "@/lib/api/operations";
import { serve } from "@/lib/api/serve";
import { signIn } from "@/lib/auth";
import { getClientAddress } from "@/lib/http/client-address";

/**
 * Changes the viewer's password and ends all their sessions; this browser is signed straight back
 * in with the new password (a fresh session cookie on this response), every other one is out.
 */
export const PUT = serve(operations.changePassword, async ({ viewer, request, body }) => {
  await changePassword(viewer, body, getClientAddress(request.headers));
  try {
    await signIn("credentials", { email: viewer.email, password: body.newPassword, redirect: false });
  } catch (error) {
    // The password is changed either way; if signing back in is refused, the login page follows.
    if (!(error instanceof AuthError)) throw error;
  }
});

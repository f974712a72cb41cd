import { AuthError } from "next-auth";
import { changePassword } from "@/lib/account/mutations";
import { changePasswordSchema } from "@/lib/account/schema";
import { signIn } from "@/lib/auth";
import { getClientAddress } from "@/lib/http/client-address";
import { apiRoute } from "@/lib/http/api-route";

/**
 * Changes the viewer's password and ends all their sessions; this browser is signed straight back
 * in with the new password (a fresh session cookie on this response), every other one is out.
 */
export const PUT = apiRoute(changePasswordSchema, async ({ viewer, request, input }) => {
  await changePassword(viewer, input, getClientAddress(request.headers));
  try {
    await signIn("credentials", { email: viewer.email, password: input.newPassword, redirect: false });
  } catch (error) {
    // The password is changed either way; if signing back in is refused, the login page follows.
    if (!(error instanceof AuthError)) throw error;
  }
  return { status: 204 };
});

import { signOutEverywhere } from "@/lib/account/mutations";
import { apiRoute } from "@/lib/http/api-route";

/** "Sign out everywhere": every session of the viewer stops working, this one included. */
export const DELETE = apiRoute(undefined, async ({ viewer }) => {
  await signOutEverywhere(viewer);
  return { status: 204 };
});

import { operations } from "@/lib/api/operations";
import { serve } from "@/lib/api/serve";
import { signOutEverywhere } from "@/lib/account/mutations";

/** "Sign out everywhere": every session of the viewer stops working, this one included. */
export const DELETE = serve(operations.signOutEverywhere, ({ viewer }) => signOutEverywhere(viewer));

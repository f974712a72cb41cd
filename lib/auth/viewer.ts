import "server-only";
import { cache } from "react";
import { auth } from "@/lib/auth";
import type { Viewer } from "@/lib/auth/types";

/** The signed-in user of this request, or null. Cached per request. */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = await auth();
  const user = session?.user;
  if (!user?.id) return null;
  return { userId: user.id, name: user.name ?? "", email: user.email ?? "" };
});

import "server-only";
import { cache } from "react";
import { auth } from "@/lib/auth";
import type { Viewer } from "@/lib/auth/types";
import { AppError } from "@/lib/errors";

/**
 * The signed-in user of this request, or null. Cached per request. Throws UNAVAILABLE (503) when
 * the database cannot confirm the session.
 */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = await auth();
  if (session?.unverified) throw new AppError("UNAVAILABLE", "The database is unavailable; try again in a few seconds");
  const user = session?.user;
  if (!user?.id) return null;
  return { userId: user.id, name: user.name ?? "", email: user.email ?? "" };
});

import "server-only";
import { AppError } from "@/lib/errors";

/** Runs a lib query for a page: NOT_FOUND becomes undefined (the page calls notFound()), the rest throws. */
export async function loadOr404<T>(load: () => Promise<T>): Promise<T | undefined> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") return undefined;
    throw error;
  }
}

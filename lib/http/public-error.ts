// What anyone outside may be told about a thrown value, the same for the HTTP API and for forms.
// Expected failures (AppError) as they are; a database outage as UNAVAILABLE, "try again in a few
// seconds", logged in one line (not a bug); anything else logged in full under a request id and
// replaced by a generic message, so no stack trace or internal detail reaches the user.
import { randomUUID } from "node:crypto";
import { AppError } from "@/lib/errors";
import { isDatabaseUnavailable } from "@/lib/http/database-unavailable";

/** A failure we did not expect: its details are in the log under `requestId`. */
export interface InternalError {
  code: "INTERNAL";
  message: string;
  requestId: string;
}

/** Logs what needs logging and returns what the caller may show. */
export function toPublicError(error: unknown): AppError | InternalError {
  if (error instanceof AppError) return error;
  if (isDatabaseUnavailable(error)) {
    // Prisma's message ends with the cause: one line, not a stack per request.
    const cause = error instanceof Error ? error.message.trim().split("\n").at(-1) : String(error);
    console.warn(`Database unavailable: ${cause}`);
    return new AppError("UNAVAILABLE", "The database is unavailable; try again in a few seconds");
  }
  const requestId = randomUUID();
  console.error(`[${requestId}]`, error);
  return { code: "INTERNAL", message: `Something went wrong on our side (request ${requestId})`, requestId };
}

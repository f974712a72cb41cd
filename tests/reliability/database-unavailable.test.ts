// A database outage must answer 503 with Retry-After, never a 500 that reads like a bug, and a
// bug must never hide behind a 503. The shapes are those an outage really produced.
import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "@/lib/http/database-unavailable";
import { AppError } from "@/lib/errors";
import { documentedOutageErrors, otherErrors, outageErrors } from "./database-errors";

describe("isDatabaseUnavailable", () => {
  it.each(Object.entries(outageErrors))("is true for a captured outage: %s", (_label, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each(Object.entries(documentedOutageErrors))("is true for a documented outage: %s", (_label, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each(Object.entries(otherErrors))("is false for %s", (_label, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });

  it("is false for an AppError, whatever its message", () => {
    expect(isDatabaseUnavailable(new AppError("CONFLICT", "Connection terminated by another reviewer"))).toBe(false);
  });

  it("stops on a cause that points back at itself", () => {
    const error = new Error("wrapped") as Error & { cause?: unknown };
    error.cause = error;
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});

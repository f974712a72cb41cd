// Forms' refusals are mapped as the HTTP API maps errors, with the field named as the form labels it.
import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { AppError, invalidInput } from "@/lib/errors";
import { toFormRefusal } from "@/lib/http/form-state";
import { outageErrors } from "@/tests/reliability/database-errors";

const labels = { workspaceName: "Workspace name", password: "Password" };
const schema = z.strictObject({ workspaceName: z.string().min(2, "must be at least 2 characters") });
const zodErrorOf = (input: unknown) => {
  const parsed = schema.safeParse(input);
  if (parsed.success) throw new Error("expected a refusal");
  return parsed.error;
};

afterEach(() => vi.restoreAllMocks());

describe("a form's refusal", () => {
  it("names the field of a zod error as the form labels it", () => {
    expect(toFormRefusal(zodErrorOf({ workspaceName: "x" }), labels)).toEqual({
      error: "Workspace name: must be at least 2 characters",
      field: "workspaceName",
    });
  });

  it("keeps the schema's name where the form has no label for it", () => {
    expect(toFormRefusal(zodErrorOf({ workspaceName: "x" }))).toEqual({
      error: "workspaceName: must be at least 2 characters",
      field: "workspaceName",
    });
  });

  it("gives an AppError's message, relabelled only where it starts with the field's name", () => {
    expect(toFormRefusal(invalidInput("workspaceName", "is taken"), labels)).toEqual({
      error: "Workspace name: is taken",
      field: "workspaceName",
    });
    const worded = new AppError("INVALID_INPUT", "Password: too easy to guess", "newPassword");
    expect(toFormRefusal(worded, labels)).toEqual({ error: "Password: too easy to guess", field: "newPassword" });
    expect(toFormRefusal(new AppError("CONFLICT", "This invite link has expired"), labels)).toEqual({
      error: "This invite link has expired",
    });
  });

  it("does not take a label from the object prototype", () => {
    const error = invalidInput("constructor", "is not a known field");
    expect(toFormRefusal(error, labels).error).toBe("constructor: is not a known field");
  });

  it("asks to try again shortly when the database is unreachable, logging one line", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    for (const [name, error] of Object.entries(outageErrors)) {
      expect(toFormRefusal(error, labels), name).toEqual({
        error: "The database is unavailable; try again in a few seconds",
      });
    }
    expect(warn).toHaveBeenCalledTimes(Object.keys(outageErrors).length);
  });

  it("logs anything else under a request id and shows only that id", () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const bug = new TypeError("Cannot read properties of undefined (reading 'slug')");
    const { error, field } = toFormRefusal(bug, labels);
    expect(error).toMatch(/^Something went wrong on our side \(request [0-9a-f-]{36}\)$/);
    expect(error).not.toContain("slug");
    expect(field).toBeUndefined();
    const requestId = error.match(/request ([0-9a-f-]{36})/)![1];
    expect(logged).toHaveBeenCalledWith(`[${requestId}]`, bug);
  });
});

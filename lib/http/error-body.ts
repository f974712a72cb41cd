import type { z } from "zod";
import { AppError } from "@/lib/errors";

/** Error bodies share one shape: { error: { code, message, field?, fieldErrors? } }. */
export function errorBody(error: AppError & { fieldErrors?: Record<string, string[]> }) {
  return {
    error: {
      code: error.code,
      message: error.message,
      ...(error.field ? { field: error.field } : {}),
      ...(error.fieldErrors ? { fieldErrors: error.fieldErrors } : {}),
      ...(error.current !== undefined ? { current: error.current } : {}),
      ...error.details,
    },
  };
}

const fieldName = (path: PropertyKey[]) => path.map(String).join(".") || "body";

/** A zod failure as INVALID_INPUT, its message naming the first field at fault. */
export function fromZodError(error: z.ZodError): AppError {
  // No prototype: a client may name a field "__proto__" or "constructor".
  const fieldErrors: Record<string, string[]> = Object.create(null) as Record<string, string[]>;
  for (const issue of error.issues) {
    // An unknown key deep in a body (a rich-text doc's node) is named with its path.
    const keys =
      issue.code === "unrecognized_keys"
        ? issue.keys.map((key) => fieldName([...issue.path, key]))
        : [fieldName(issue.path)];
    for (const key of keys) (fieldErrors[key] ??= []).push(describeIssue(issue));
  }
  const [field, messages] = Object.entries(fieldErrors)[0] ?? ["body", ["is invalid"]];
  return Object.assign(new AppError("INVALID_INPUT", `${field}: ${messages[0]}`, field || "body"), {
    fieldErrors: { ...fieldErrors },
  });
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === "unrecognized_keys") return "is not a known field";
  // zod 4 carries the input only with reportInput; its message says "received undefined" either way.
  const isMissing = issue.code === "invalid_type" && /received undefined$/.test(issue.message);
  if (isMissing) return "is required";
  return issue.message;
}

// A server action answers its form with the form's next state, and a refusal is a message in it,
// mapped as the HTTP API maps errors (lib/http/public-error.ts). The message names the field the
// way the form labels it ("Workspace name: must be at least 2 characters", not the schema's
// "workspaceName: …"), and `field` says which input to mark invalid.
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { fromZodError } from "@/lib/http/error-body";
import { toPublicError } from "@/lib/http/public-error";

/** What every form's state has: the refusal to show, if any, and the input it is about. */
export interface FormState {
  error: string | null;
  field?: string;
}

/** A form's labels by input name: { workspaceName: "Workspace name" }. */
export type FieldLabels = Readonly<Record<string, string>>;

/** A thrown AppError, zod error or anything else as the form's refusal; logs the unexpected. */
export function toFormRefusal(error: unknown, labels: FieldLabels = {}): { error: string; field?: string } {
  const known = toPublicError(error instanceof z.ZodError ? fromZodError(error) : error);
  if (!(known instanceof AppError) || !known.field) return { error: known.message };
  return { error: relabel(known.message, known.field, labels), field: known.field };
}

// Messages name their field first ("field: what is wrong", lib/errors.ts); only that prefix is
// swapped, so a message already in words ("Password: too easy to guess …") stays as it is.
function relabel(message: string, field: string, labels: FieldLabels): string {
  const label = Object.hasOwn(labels, field) ? labels[field] : undefined;
  const prefix = `${field}: `;
  return label && message.startsWith(prefix) ? `${label}: ${message.slice(prefix.length)}` : message;
}

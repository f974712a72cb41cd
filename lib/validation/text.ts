import { z } from "zod";

/**
 * Text people type, as PostgreSQL can store it: no NUL characters and no lone UTF-16
 * surrogates (both valid in JSON, both refused by the database). Everything else — emoji,
 * right-to-left text, combining marks, markup — is kept as typed and rendered as text.
 */
export const storableText = (max: number) =>
  z
    .string()
    .max(max, `must be at most ${max.toLocaleString("en-GB")} characters`)
    .refine((value) => !value.includes("\u0000"), { message: "must not contain NUL characters" })
    .refine((value) => value.isWellFormed(), { message: "must be well-formed Unicode text" });

/**
 * A filter value from a query string (a person, an action, words to find): storable text
 * without control characters, which no name, slug or search ever contains.
 */
export const filterText = (max: number) =>
  storableText(max).refine((value) => !/[\u0000-\u001f\u007f]/.test(value), {
    message: "must not contain control characters",
  });

/** An id or slug in a query string, as lib/access/access.ts isKey accepts them. */
export const filterKey = (what: string) => z.string().regex(/^[A-Za-z0-9_-]{1,100}$/, `must be ${what}`);

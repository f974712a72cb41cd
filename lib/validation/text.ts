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

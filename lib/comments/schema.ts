import { z } from "zod";

export const MAX_COMMENT_LENGTH = 5_000;

// PostgreSQL text cannot hold U+0000 and the driver refuses lone surrogates: refuse both here,
// with a message naming the field, rather than let them become a 500 at the database.
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** A comment is plain text; it is trimmed first, so whitespace alone counts as empty. */
export const addCommentSchema = z.strictObject({
  body: z
    .string()
    .trim()
    .min(1, "write a comment before posting")
    .max(MAX_COMMENT_LENGTH, `must be at most ${MAX_COMMENT_LENGTH.toLocaleString("en-GB")} characters`)
    .refine((text) => !UNSTORABLE.test(text), "contains characters that cannot be stored"),
});
export type AddCommentInput = z.infer<typeof addCommentSchema>;

export const setThreadStateSchema = z.strictObject({
  resolved: z.boolean(),
});
export type SetThreadStateInput = z.infer<typeof setThreadStateSchema>;

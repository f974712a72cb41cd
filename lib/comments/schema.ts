import { z } from "zod";
import { storableText } from "@/lib/validation/text";

export const MAX_COMMENT_LENGTH = 5_000;

/** A comment is plain text; it is trimmed first, so whitespace alone counts as empty. */
export const addCommentSchema = z.strictObject({
  body: storableText(MAX_COMMENT_LENGTH)
    .trim()
    .min(1, "write a comment before posting"),
});
export type AddCommentInput = z.infer<typeof addCommentSchema>;

export const setThreadStateSchema = z.strictObject({
  resolved: z.boolean(),
});
export type SetThreadStateInput = z.infer<typeof setThreadStateSchema>;

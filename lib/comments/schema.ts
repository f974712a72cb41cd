import { z } from "zod";
import { refuseBoth } from "@/lib/rich-text/field";
import { isEmptyDoc } from "@/lib/rich-text/plain-text";
import { richTextDocSchema } from "@/lib/rich-text/schema";
import { storableText } from "@/lib/validation/text";

export const MAX_COMMENT_LENGTH = 5_000;
const EMPTY_COMMENT = "write a comment before posting";

/**
 * A comment is plain text (`body`, trimmed, so whitespace alone counts as empty) or rich text
 * (`bodyDoc`, from the editor), one of the two.
 */
export const addCommentSchema = z
  .strictObject({
    body: storableText(MAX_COMMENT_LENGTH).trim().min(1, EMPTY_COMMENT).optional(),
    bodyDoc: richTextDocSchema(MAX_COMMENT_LENGTH).optional(),
  })
  .superRefine((value, ctx) => {
    if (value.body === undefined && value.bodyDoc === undefined) {
      ctx.addIssue({ code: "custom", path: ["body"], message: "is required" });
    } else if (value.bodyDoc && isEmptyDoc(value.bodyDoc)) {
      ctx.addIssue({ code: "custom", path: ["bodyDoc"], message: EMPTY_COMMENT });
    }
  })
  .superRefine(refuseBoth("body", "bodyDoc"));
export type AddCommentInput = z.infer<typeof addCommentSchema>;

export const setThreadStateSchema = z.strictObject({
  resolved: z.boolean(),
});
export type SetThreadStateInput = z.infer<typeof setThreadStateSchema>;

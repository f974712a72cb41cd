// Comment input at the edge: plain text (`body`, trimmed, 1–5,000 characters) or rich text
// (`bodyDoc`); refusals are a 422 naming the field.
import { describe, expect, it } from "vitest";
import { addCommentSchema, MAX_COMMENT_LENGTH, setThreadStateSchema } from "@/lib/comments/schema";
import { httpStatusFor } from "@/lib/errors";
import { fromZodError } from "@/lib/http/error-body";
import { fromPlainText } from "@/lib/rich-text/plain-text";

function refusal(schema: typeof addCommentSchema | typeof setThreadStateSchema, input: unknown) {
  const result = schema.safeParse(input);
  if (result.success) throw new Error(`accepted ${JSON.stringify(input)}`);
  return fromZodError(result.error);
}

describe("addCommentSchema", () => {
  it("trims the body and keeps its line breaks", () => {
    expect(addCommentSchema.parse({ body: "  Source?\n\nSee the 2018 KCNA report.\n " })).toEqual({
      body: "Source?\n\nSee the 2018 KCNA report.",
    });
  });

  it("accepts exactly 5,000 characters and markup as plain text", () => {
    expect(addCommentSchema.parse({ body: "x".repeat(MAX_COMMENT_LENGTH) }).body).toHaveLength(MAX_COMMENT_LENGTH);
    expect(addCommentSchema.parse({ body: "<img src=x onerror=alert(1)>" }).body).toBe("<img src=x onerror=alert(1)>");
  });

  it.each([
    ["an empty body", { body: "" }, "body: write a comment before posting"],
    ["a whitespace-only body", { body: " \n\t " }, "body: write a comment before posting"],
    ["a body over 5,000 characters", { body: "x".repeat(MAX_COMMENT_LENGTH + 1) }, "body: must be at most 5,000"],
    ["a missing body", {}, "body: is required"],
    ["a body that is not text", { body: 42 }, "body:"],
    ["a NUL character", { body: "a\u0000b" }, "body: must not contain NUL characters"],
    ["a lone surrogate", { body: "a\uD800b" }, "body: must be well-formed Unicode text"],
  ])("refuses %s with a 422 naming body", (_name, input, message) => {
    const error = refusal(addCommentSchema, input);
    expect(httpStatusFor(error.code)).toBe(422);
    expect(error.field).toBe("body");
    expect(error.message.startsWith(message)).toBe(true);
  });

  it("takes rich text as bodyDoc instead, refusing an empty one, a bad one, or both fields", () => {
    const bodyDoc = fromPlainText("See the *2018* report.");
    expect(addCommentSchema.parse({ bodyDoc })).toEqual({ bodyDoc });
    expect(refusal(addCommentSchema, { bodyDoc: fromPlainText(" ") }).message).toBe(
      "bodyDoc: write a comment before posting",
    );
    expect(refusal(addCommentSchema, { body: "x", bodyDoc }).message).toBe("bodyDoc: send body or bodyDoc, not both");
    const script = { type: "doc", content: [{ type: "paragraph", content: [{ type: "html", text: "<script>" }] }] };
    expect(refusal(addCommentSchema, { bodyDoc: script }).field).toBe("bodyDoc.content.0.content.0.type");
    expect(
      refusal(addCommentSchema, { bodyDoc: fromPlainText(`${"x".repeat(2_500)}\n\n${"y".repeat(2_500)}`) }).message,
    ).toMatch(/^bodyDoc: must be at most 5,000 characters as plain text/);
  });

  it("refuses fields the client may not set, such as the author", () => {
    expect(refusal(addCommentSchema, { body: "ok", authorId: "someone" }).field).toBe("authorId");
  });
});

describe("setThreadStateSchema", () => {
  it("takes a boolean and nothing else", () => {
    expect(setThreadStateSchema.parse({ resolved: true })).toEqual({ resolved: true });
    expect(refusal(setThreadStateSchema, { resolved: "true" }).field).toBe("resolved");
    expect(refusal(setThreadStateSchema, {}).message).toBe("resolved: is required");
  });
});

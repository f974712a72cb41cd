// The stored shape of rich text: what the editor makes is accepted as is; anything else is refused
// with the path to the fault, as the API reports it (fromZodError → 422 naming the field).
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fromZodError } from "@/lib/http/error-body";
import { isAllowedHref } from "@/lib/rich-text/href";
import { MAX_DEPTH, MAX_NODES, richTextDocSchema, type RichTextDoc } from "@/lib/rich-text/schema";

const body = z.strictObject({ rationaleDoc: richTextDocSchema(100).nullish() });
const doc = (...content: unknown[]) => ({ type: "doc", content });
const p = (...content: unknown[]) => ({ type: "paragraph", content });
const text = (value: string, marks?: unknown[]) => ({ type: "text", text: value, ...(marks ? { marks } : {}) });
const link = (href: string) => ({ type: "link", attrs: { href } });

function refusal(rationaleDoc: unknown) {
  const result = body.safeParse({ rationaleDoc });
  if (result.success) throw new Error(`accepted ${JSON.stringify(rationaleDoc)}`);
  const error = fromZodError(result.error);
  return { field: error.field, message: error.message };
}

const EVERYTHING: RichTextDoc = {
  type: "doc",
  content: [
    {
      type: "paragraph",
      content: [
        { type: "text", text: "Xinhua ", marks: [{ type: "bold" }] },
        {
          type: "text",
          text: "says",
          marks: [{ type: "italic" }, { type: "link", attrs: { href: "https://x.cn/a" } }],
        },
        { type: "hardBreak" },
        {
          type: "text",
          text: "desk@example.org",
          marks: [{ type: "link", attrs: { href: "mailto:desk@example.org" } }],
        },
      ],
    },
    { type: "paragraph" },
    {
      type: "bulletList",
      content: [
        {
          type: "listItem",
          content: [
            { type: "paragraph", content: [{ type: "text", text: "one" }] },
            { type: "orderedList", content: [{ type: "listItem", content: [{ type: "paragraph" }] }] },
          ],
        },
      ],
    },
    { type: "blockquote", content: [{ type: "paragraph", content: [{ type: "text", text: "q" }] }] },
  ],
};

describe("richTextDocSchema", () => {
  it("accepts every allowed node and mark, unchanged, and null or a missing doc", () => {
    expect(body.parse({ rationaleDoc: EVERYTHING })).toEqual({ rationaleDoc: EVERYTHING });
    expect(body.parse({ rationaleDoc: null })).toEqual({ rationaleDoc: null });
    expect(body.parse({})).toEqual({});
  });

  it.each([
    [
      "a javascript: link",
      doc(p(text("x"), text("y", [link("javascript:alert(1)")]))),
      "rationaleDoc.content.0.content.1.marks.0.attrs.href",
    ],
    [
      "a data: link",
      doc(p(text("y", [link("data:text/html,<script>alert(1)</script>")]))),
      "rationaleDoc.content.0.content.0.marks.0.attrs.href",
    ],
    ["a relative link", doc(p(text("y", [link("/w/desk")]))), "rationaleDoc.content.0.content.0.marks.0.attrs.href"],
    [
      "a link with other attrs",
      doc(p(text("y", [{ type: "link", attrs: { href: "https://a.org", onclick: "x" } }]))),
      "rationaleDoc.content.0.content.0.marks.0.attrs.onclick",
    ],
    ["an unknown mark", doc(p(text("y", [{ type: "code" }]))), "rationaleDoc.content.0.content.0.marks.0.type"],
    [
      "a repeated mark",
      doc(p(text("y", [{ type: "bold" }, { type: "bold" }]))),
      "rationaleDoc.content.0.content.0.marks",
    ],
    ["an unknown node", doc({ type: "heading", content: [text("x")] }), "rationaleDoc.content.0.type"],
    ["an image", doc(p({ type: "image", attrs: { src: "x" } })), "rationaleDoc.content.0.content.0.type"],
    ["attrs on a paragraph", doc({ type: "paragraph", attrs: { style: "x" } }), "rationaleDoc.content.0.attrs"],
    ["an extra key on the doc", { ...doc(p()), html: "<b>" }, "rationaleDoc.html"],
    [
      "a list item not starting with a paragraph",
      doc({ type: "bulletList", content: [{ type: "listItem", content: [{ type: "blockquote", content: [p()] }] }] }),
      "rationaleDoc.content.0.content.0.content.0.type",
    ],
    ["an empty list", doc({ type: "orderedList", content: [] }), "rationaleDoc.content.0.content"],
    ["an empty doc", doc(), "rationaleDoc.content"],
    ["an empty text node", doc(p(text(""))), "rationaleDoc.content.0.content.0.text"],
    ["a NUL in text", doc(p(text("a\u0000b"))), "rationaleDoc.content.0.content.0.text"],
    ["a lone surrogate", doc(p(text("a\uD800"))), "rationaleDoc.content.0.content.0.text"],
    ["a string", "<p>hi</p>", "rationaleDoc"],
    ["another root", p(text("x")), "rationaleDoc.type"],
  ])("refuses %s, naming the path", (_name, value, field) => {
    expect(refusal(value).field).toBe(field);
  });

  it("refuses text beyond the field's limit, measured as plain text", () => {
    expect(body.safeParse({ rationaleDoc: doc(p(text("x".repeat(100)))) }).success).toBe(true);
    // 50 + 50 characters, but two paragraphs read as 102 characters of plain text.
    expect(refusal(doc(p(text("x".repeat(50))), p(text("y".repeat(50)))))).toEqual({
      field: "rationaleDoc",
      message: "rationaleDoc: must be at most 100 characters as plain text (is 102)",
    });
  });

  it("refuses nesting beyond the limit and too many nodes, without recursing into them", () => {
    let deep: unknown = p(text("x"));
    for (let i = 0; i < MAX_DEPTH; i++) deep = { type: "blockquote", content: [deep] };
    expect(refusal(doc(deep)).message).toBe(`rationaleDoc: must nest at most ${MAX_DEPTH} levels deep`);
    let hostile: unknown = p();
    for (let i = 0; i < 100_000; i++) hostile = { type: "blockquote", content: [hostile] };
    expect(refusal(doc(hostile)).field).toBe("rationaleDoc");
    const many = doc(p(...Array.from({ length: MAX_NODES }, () => ({ type: "hardBreak" }))));
    expect(refusal(many).message).toBe("rationaleDoc: must have at most 2,000 nodes");
  });
});

describe("isAllowedHref", () => {
  it.each(["https://www.reuters.com/a?b=c#d", "http://example.org", "mailto:desk@example.org", "HTTPS://EXAMPLE.ORG"])(
    "allows %s",
    (href) => expect(isAllowedHref(href)).toBe(true),
  );

  it.each([
    "javascript:alert(1)",
    "JavaScript:alert(1)",
    "java\tscript:alert(1)",
    " https://example.org",
    "https://exa mple.org",
    "vbscript:msgbox(1)",
    "data:text/html,x",
    "file:///etc/passwd",
    "/relative",
    "//evil.example/x",
    "example.org",
    "mailto:",
    "https://",
    "",
    "https://example.org/" + "a".repeat(2_100),
  ])("refuses %#: %.40j", (href) => expect(isAllowedHref(href)).toBe(false));
});

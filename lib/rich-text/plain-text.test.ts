// Rich text as the plain text search, reports and exports read, and plain text from API clients
// as rich text.
import { describe, expect, it } from "vitest";
import { fromEditorJson } from "@/lib/rich-text/editor-json";
import { isSameDoc, readStoredDoc, refuseBoth, toRichText } from "@/lib/rich-text/field";
import { fromPlainText, isEmptyDoc, toPlainText } from "@/lib/rich-text/plain-text";
import type { RichTextDoc } from "@/lib/rich-text/schema";
import { z } from "zod";

const t = (
  text: string,
  ...marks: ({ type: "bold" } | { type: "italic" } | { type: "link"; attrs: { href: string } })[]
) => (marks.length ? { type: "text" as const, text, marks } : { type: "text" as const, text });
const link = (href: string) => ({ type: "link" as const, attrs: { href } });
const p = (...content: ReturnType<typeof t>[]) => ({ type: "paragraph" as const, content });
const item = (text: string) => ({ type: "listItem" as const, content: [p(t(text))] as [ReturnType<typeof p>] });

describe("toPlainText", () => {
  it("separates paragraphs by a blank line, marks list items and quotes, keeps line breaks", () => {
    const doc: RichTextDoc = {
      type: "doc",
      content: [
        { type: "paragraph", content: [t("Two sources:", { type: "bold" }), { type: "hardBreak" }, t("both agree.")] },
        { type: "bulletList", content: [item("Reuters"), item("AP")] },
        {
          type: "orderedList",
          content: [
            item("first"),
            { type: "listItem", content: [p(t("second")), { type: "bulletList", content: [item("nested")] }] },
          ],
        },
        { type: "blockquote", content: [p(t("quoted")), p(t("again"))] },
        { type: "paragraph" },
      ],
    };
    expect(toPlainText(doc)).toBe(
      "Two sources:\nboth agree.\n\n- Reuters\n- AP\n\n1. first\n2. second\n   - nested\n\n> quoted\n>\n> again\n\n",
    );
  });

  it("keeps a link's words, with the address in brackets when it differs", () => {
    const doc: RichTextDoc = {
      type: "doc",
      content: [
        p(
          t("See "),
          t("the UN ", link("https://un.org/members")),
          t("list", { type: "bold" }, link("https://un.org/members")),
          t(", "),
          t("un.org", link("https://un.org/")),
          t(" or "),
          t("desk@example.org", link("mailto:desk@example.org")),
        ),
      ],
    };
    expect(toPlainText(doc)).toBe("See the UN list (https://un.org/members), un.org or desk@example.org");
  });

  it("gives what it can from a malformed tree instead of throwing", () => {
    const broken = {
      type: "doc",
      content: [
        null,
        { type: "bulletList", content: 5 },
        { type: "paragraph", content: [{ type: "text", text: "ok", marks: "x" }] },
      ],
    };
    expect(toPlainText(broken as unknown as RichTextDoc)).toBe("\n\n\n\nok");
  });
});

describe("fromPlainText", () => {
  it("makes paragraphs of blank-line-separated text and hard breaks of single line breaks", () => {
    expect(fromPlainText("Who reported it?\r\nNot KCNA.\n\n \n<b>Only</b> Xinhua.")).toEqual({
      type: "doc",
      content: [p(t("Who reported it?"), { type: "hardBreak" } as never, t("Not KCNA.")), p(t("<b>Only</b> Xinhua."))],
    });
    expect(fromPlainText("")).toEqual({ type: "doc", content: [{ type: "paragraph" }] });
  });

  it("gives the text back through toPlainText", () => {
    for (const text of ["one line", "a\nb\n\nc", "- not a list\n1. nor this", "emoji 👩‍👩‍👧 and RTL مرحبا"]) {
      expect(toPlainText(fromPlainText(text))).toBe(text);
    }
  });
});

describe("isEmptyDoc", () => {
  it("is true for an untouched editor and for only spaces and breaks", () => {
    expect(isEmptyDoc({ type: "doc", content: [{ type: "paragraph" }] })).toBe(true);
    expect(
      isEmptyDoc({ type: "doc", content: [{ type: "paragraph", content: [t("  "), { type: "hardBreak" }] }] }),
    ).toBe(true);
    expect(isEmptyDoc(fromPlainText("x"))).toBe(false);
  });
});

describe("toRichText", () => {
  it("stores plain text as sent (trimmed) with a doc made from it", () => {
    expect(toRichText("  a\n\n\nb  ", undefined)).toEqual({ text: "a\n\n\nb", doc: fromPlainText("a\n\n\nb") });
    expect(toRichText(" \n ", null)).toEqual({ text: null, doc: null });
    expect(toRichText(null, undefined)).toEqual({ text: null, doc: null });
  });

  it("derives the text from a doc, dropping empty paragraphs at either end; an empty doc is nothing", () => {
    const empty = { type: "paragraph" as const };
    const doc: RichTextDoc = {
      type: "doc",
      content: [empty, p(t("Checked", { type: "italic" })), empty, p(t("x")), empty],
    };
    expect(toRichText(undefined, doc)).toEqual({
      text: "Checked\n\n\n\nx",
      doc: { type: "doc", content: [p(t("Checked", { type: "italic" })), empty, p(t("x"))] },
    });
    expect(toRichText(undefined, { type: "doc", content: [empty, empty] })).toEqual({ text: null, doc: null });
  });
});

describe("field helpers", () => {
  it("refuseBoth names the doc field when both are sent", () => {
    const schema = z
      .object({ note: z.string().nullish(), noteDoc: z.unknown() })
      .superRefine(refuseBoth("note", "noteDoc"));
    expect(schema.safeParse({ note: "a", noteDoc: null }).success).toBe(true);
    expect(schema.safeParse({ note: null, noteDoc: {} }).success).toBe(true);
    const both = schema.safeParse({ note: "a", noteDoc: {} });
    expect(both.error?.issues[0]).toMatchObject({ path: ["noteDoc"], message: "send note or noteDoc, not both" });
  });

  it("isSameDoc ignores key order (jsonb reorders keys) but not content", () => {
    const a = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "x" }] }] };
    const b = { content: [{ content: [{ text: "x", type: "text" }], type: "paragraph" }], type: "doc" };
    expect(isSameDoc(a, b)).toBe(true);
    expect(isSameDoc(a, fromPlainText("y"))).toBe(false);
    expect(isSameDoc(a, null)).toBe(false);
  });

  it("readStoredDoc passes a doc and nothing else", () => {
    expect(readStoredDoc(fromPlainText("x"))).toEqual(fromPlainText("x"));
    for (const value of [null, "x", { type: "paragraph" }, { type: "doc", content: "x" }]) {
      expect(readStoredDoc(value)).toBeNull();
    }
  });

  it("fromEditorJson keeps a link's href and drops Tiptap's default attributes", () => {
    const json = {
      type: "doc",
      content: [
        {
          type: "orderedList",
          attrs: { start: 1, type: null },
          content: [{ type: "listItem", content: [{ type: "paragraph" }] }],
        },
        {
          type: "paragraph",
          content: [
            {
              type: "text",
              text: "UN",
              marks: [
                {
                  type: "link",
                  attrs: { href: "https://un.org", target: "_blank", rel: "x", class: null, title: null },
                },
              ],
            },
          ],
        },
      ],
    };
    expect(fromEditorJson(json)).toEqual({
      type: "doc",
      content: [
        { type: "orderedList", content: [{ type: "listItem", content: [{ type: "paragraph" }] }] },
        p(t("UN", link("https://un.org"))),
      ],
    });
  });
});

// Rule: rich text (a verdict's rationaleDoc, an evidence noteDoc, a comment's bodyDoc) is stored
// only in its one shape. Script-like text inside a doc is text, stored exactly; anything outside
// the shape — a javascript:, data: or relative link, another node, mark or attribute, nesting too
// deep, too much text — is a 422 naming the path to the fault, never a 5xx, and nothing is written.
import fc from "fast-check";
import { expectNoServerError, expectRefusedUnchanged, expect, snapshotDesk, test } from "../fixtures/hostile-http";
import { routeNamed, type Targets } from "../fixtures/hostile-routes";
import { BAD_URLS, otherSchemeUrl, personText, runs, SCRIPT_PAYLOADS } from "../fixtures/hostile-values";
import { toPlainText } from "@/lib/rich-text/plain-text";
import type { RichTextBlock, RichTextDoc, RichTextInline, RichTextMark } from "@/lib/rich-text/schema";
import type { Desk } from "../fixtures/desk";

interface DocField {
  name: string;
  field: string;
  method: "POST" | "PUT";
  url: (t: Targets) => string;
  base: Record<string, unknown>;
  /** The stored doc and plain text, read back from the database. */
  stored: (desk: Desk, t: Targets, reply: Record<string, unknown>) => Promise<{ doc: unknown; text: string | null }>;
}

const evidenceRow = async (desk: Desk, id: string) => {
  const row = await desk.db.evidence.findUniqueOrThrow({ where: { id } });
  return { doc: row.noteDoc, text: row.note };
};

const FIELDS: DocField[] = [
  {
    name: "verdict",
    field: "rationaleDoc",
    method: "PUT",
    url: (t) => routeNamed("setVerdict").url(t.claimId),
    base: { verdict: "disputed" },
    stored: async (desk, t) => {
      const row = await desk.db.claim.findUniqueOrThrow({ where: { id: t.claimId } });
      return { doc: row.rationaleDoc, text: row.rationale };
    },
  },
  {
    name: "new evidence",
    field: "noteDoc",
    method: "POST",
    url: (t) => routeNamed("addEvidence").url(t.claimId),
    base: { stance: "refutes" },
    stored: (desk, _t, reply) => evidenceRow(desk, (reply.evidence as { id: string }).id),
  },
  {
    name: "evidence edit",
    field: "noteDoc",
    method: "PUT",
    url: (t) => routeNamed("updateEvidence").url(t.evidenceId),
    base: { stance: "context" },
    stored: (desk, t) => evidenceRow(desk, t.evidenceId),
  },
  {
    name: "comment",
    field: "bodyDoc",
    method: "POST",
    url: (t) => `/api/v1/claims/${t.claimId}/comments`,
    base: {},
    stored: async (desk, _t, reply) => {
      const row = await desk.db.comment.findUniqueOrThrow({ where: { id: (reply.comment as { id: string }).id } });
      return { doc: row.bodyDoc, text: row.body };
    },
  },
];

// Documents of the allowed shape whose text is anything a person (or an attacker) might type.
const text = fc.oneof(personText(40), fc.constantFrom(...SCRIPT_PAYLOADS));
const mark: fc.Arbitrary<RichTextMark> = fc.constantFrom(
  { type: "bold" as const },
  { type: "italic" as const },
  { type: "link" as const, attrs: { href: "https://example.org/a?q=<script>" } },
  { type: "link" as const, attrs: { href: "mailto:desk@example.org" } },
);
const inline: fc.Arbitrary<RichTextInline> = fc.oneof(
  fc.record({ type: fc.constant("text" as const), text }),
  fc.record({
    type: fc.constant("text" as const),
    text,
    marks: fc.uniqueArray(mark, { maxLength: 2, selector: (m) => m.type }),
  }),
  fc.constant({ type: "hardBreak" as const }),
);
const paragraph = fc.record({
  type: fc.constant("paragraph" as const),
  content: fc.array(inline, { minLength: 1, maxLength: 4 }),
});
const block: fc.Arbitrary<RichTextBlock> = fc.oneof(
  paragraph,
  fc.record({
    type: fc.constantFrom("bulletList" as const, "orderedList" as const),
    content: fc.array(fc.record({ type: fc.constant("listItem" as const), content: fc.tuple(paragraph) }), {
      minLength: 1,
      maxLength: 3,
    }),
  }),
  fc.record({ type: fc.constant("blockquote" as const), content: fc.array(paragraph, { minLength: 1, maxLength: 2 }) }),
);
// Starts and ends with visible text, so the server keeps the doc exactly (it trims empty ends).
const visible = fc.record({
  type: fc.constant("paragraph" as const),
  content: fc.tuple(fc.record({ type: fc.constant("text" as const), text: fc.constantFrom(...SCRIPT_PAYLOADS) })),
});
const doc: fc.Arbitrary<RichTextDoc> = fc
  .tuple(visible, fc.array(block, { maxLength: 3 }), visible)
  .map(([first, middle, last]) => ({ type: "doc", content: [first, ...middle, last] }));

const withLink = (href: string): RichTextDoc => ({
  type: "doc",
  content: [
    { type: "paragraph", content: [{ type: "text", text: "see", marks: [{ type: "link", attrs: { href } }] }] },
  ],
});
const HREF = "content.0.content.0.marks.0.attrs.href";

test("script-like text in any rich-text field is stored exactly, with its plain text", async ({
  desk,
  hostile,
  targets,
}) => {
  const reviewer = await hostile.as(desk.emails.reviewer);
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...FIELDS), doc, async (field, sent) => {
      const reply = await hostile.send(reviewer, field.method, field.url(targets), {
        json: { ...field.base, [field.field]: sent },
      });
      expect(reply.status, `${field.name}: ${reply.text.slice(0, 300)}`).toBeLessThan(300);
      const stored = await field.stored(desk, targets, reply.json);
      expect(stored.doc).toEqual(sent);
      expect(stored.text).toBe(toPlainText(sent).trim());
    }),
    runs(16),
  );
});

test("links other than http(s) and mailto are refused naming the href's path", async ({ desk, hostile, targets }) => {
  const reviewer = await hostile.as(desk.emails.reviewer);
  const before = await snapshotDesk(desk);
  const comments = await desk.db.comment.count({ where: { claimId: targets.claimId } });
  // Evidence URLs are stricter (BAD_URLS holds web addresses a link may use): only other schemes here.
  const isWebOrMail = (url: string) => /^(https?|mailto):/i.test(url);
  const hrefs = fc.oneof(
    fc.constantFrom(...BAD_URLS.filter((url) => !isWebOrMail(url)), "/w/desk", "#top", "?x=1", "example.org"),
    otherSchemeUrl.filter((url) => !isWebOrMail(url)),
  );
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...FIELDS), hrefs, async (field, href) => {
      const reply = await hostile.send(reviewer, field.method, field.url(targets), {
        json: { ...field.base, [field.field]: withLink(href) },
      });
      await expectRefusedUnchanged(
        desk,
        before,
        reply,
        { status: 422, field: `${field.field}.${HREF}` },
        `${field.name} ${JSON.stringify(href)}`,
      );
    }),
    runs(30),
  );
  expect(await desk.db.comment.count({ where: { claimId: targets.claimId } })).toBe(comments);
});

test("other nodes, marks and attributes, deep nesting and too much text are refused, never a 5xx", async ({
  desk,
  hostile,
  targets,
}) => {
  const reviewer = await hostile.as(desk.emails.reviewer);
  const before = await snapshotDesk(desk);
  const comments = await desk.db.comment.count({ where: { claimId: targets.claimId } });
  let nested: unknown = { type: "paragraph" };
  for (let i = 0; i < 1_500; i++) nested = { type: "blockquote", content: [nested] };
  const p = (...content: unknown[]) => ({ type: "paragraph", content });
  const cases: [string, unknown, string][] = [
    ["html node", { type: "doc", content: [{ type: "html", text: "<script>__xss()</script>" }] }, "content.0.type"],
    [
      "image",
      { type: "doc", content: [p({ type: "image", attrs: { src: "x", onerror: "__xss()" } })] },
      "content.0.content.0.type",
    ],
    ["style attribute", { type: "doc", content: [{ type: "paragraph", attrs: { style: "x" } }] }, "content.0.attrs"],
    [
      "link target",
      {
        type: "doc",
        content: [
          p({ type: "text", text: "x", marks: [{ type: "link", attrs: { href: "https://a.org", target: "_self" } }] }),
        ],
      },
      "content.0.content.0.marks.0.attrs.target",
    ],
    [
      "code mark",
      { type: "doc", content: [p({ type: "text", text: "x", marks: [{ type: "code" }] })] },
      "content.0.content.0.marks.0.type",
    ],
    ["__proto__ key", JSON.parse('{"type":"doc","content":[{"type":"paragraph"}],"__proto__":{"x":1}}'), "__proto__"],
    ["HTML string", "<p>hi</p>", ""],
    ["deep nesting", { type: "doc", content: [nested] }, ""],
    [
      "too much text",
      {
        type: "doc",
        content: [p({ type: "text", text: "x".repeat(2_600) }), p({ type: "text", text: "y".repeat(2_600) })],
      },
      "",
    ],
  ];
  for (const field of FIELDS) {
    for (const [name, value, path] of cases) {
      const reply = await hostile.send(reviewer, field.method, field.url(targets), {
        json: { ...field.base, [field.field]: value },
      });
      const context = `${field.name}: ${name}`;
      expectNoServerError(reply, context);
      await expectRefusedUnchanged(
        desk,
        before,
        reply,
        { status: 422, field: path ? `${field.field}.${path}` : field.field },
        context,
      );
    }
    // Far too much: the body limit answers first.
    const huge = {
      type: "doc",
      content: Array.from({ length: 3_000 }, () => p({ type: "text", text: "x".repeat(30) })),
    };
    const reply = await hostile.send(reviewer, field.method, field.url(targets), {
      json: { ...field.base, [field.field]: huge },
    });
    await expectRefusedUnchanged(desk, before, reply, { status: 413 }, `${field.name}: huge`);
  }
  expect(await desk.db.comment.count({ where: { claimId: targets.claimId } })).toBe(comments);
});

test("sending both the plain field and its doc is refused naming the doc", async ({ desk, hostile, targets }) => {
  const reviewer = await hostile.as(desk.emails.reviewer);
  const before = await snapshotDesk(desk);
  const plain: Record<string, string> = { rationaleDoc: "rationale", noteDoc: "note", bodyDoc: "body" };
  for (const field of FIELDS) {
    const json = { ...field.base, [plain[field.field]!]: "plain", [field.field]: withLink("https://example.org") };
    const reply = await hostile.send(reviewer, field.method, field.url(targets), { json });
    await expectRefusedUnchanged(desk, before, reply, { status: 422, field: field.field }, field.name);
  }
});

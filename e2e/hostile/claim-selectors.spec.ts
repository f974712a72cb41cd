// Rule: a new claim's selection (start, end, exact) must be whole integers inside the article's
// canonical text, cover more than whitespace, and quote exactly the text at that position.
// Anything else is a 422 naming the input to blame, and no claim is written.
import fc from "fast-check";
import { expect, expectRefusedUnchanged, snapshotDesk, test } from "../fixtures/hostile-http";
import { routeNamed } from "../fixtures/hostile-routes";
import { runs, SQL_TEXT, UNICODE_TEXT } from "../fixtures/hostile-values";

const MAX_CLAIM_LENGTH = 10_000;
const claims = routeNamed("createClaim");

interface Selection {
  label: string;
  body: { start: unknown; end: unknown; exact: unknown };
  /** The field the refusal must name. */
  field: "start" | "end" | "exact";
}

/** A span of the text with something other than whitespace in it. */
const contentRange = (text: string) =>
  fc
    .tuple(fc.nat({ max: text.length - 2 }), fc.integer({ min: 1, max: 200 }))
    .map(([start, length]) => ({ start, end: Math.min(text.length, start + length) }))
    .filter(({ start, end }) => /\S/.test(text.slice(start, end)));

/** A different string from `quote`: one char changed, shifted, recased, padded or re-normalised. */
const misquote = (text: string, start: number, end: number) => {
  const quote = text.slice(start, end);
  return fc
    .oneof(
      fc
        .tuple(fc.nat({ max: quote.length - 1 }), fc.string({ minLength: 1, maxLength: 1 }))
        .map(([i, c]) => quote.slice(0, i) + c + quote.slice(i + 1)),
      fc.constant(text.slice(start + 1, end + 1)),
      fc.constant(quote.toUpperCase()),
      fc.constant(`${quote} `),
      fc.constant(`\u200B${quote}`),
      fc.constant(quote.normalize("NFD").replace(/e/, "e\u0301")),
      fc.constantFrom(...UNICODE_TEXT, ...SQL_TEXT, "<script>alert(1)</script>", "\ud800"),
    )
    .filter((exact) => exact !== quote && exact.length > 0 && exact.length <= MAX_CLAIM_LENGTH);
};

function hostileSelection(text: string): fc.Arbitrary<Selection> {
  const length = text.length;
  const whitespaceRuns = [...text.matchAll(/\s{2,}/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  return fc.oneof(
    fc.integer({ min: -(2 ** 31), max: -1 }).map((start) => ({
      label: "negative start",
      body: { start, end: 10, exact: text.slice(0, 10) },
      field: "start" as const,
    })),
    fc.tuple(fc.nat({ max: length - 1 }), fc.integer({ min: length + 1, max: 2 ** 31 })).map(([start, end]) => ({
      label: "end past the text",
      body: { start, end, exact: text.slice(start) },
      field: "end" as const,
    })),
    fc.integer({ min: length + 1, max: Number.MAX_SAFE_INTEGER - 1 }).map((start) => ({
      label: "start past the text",
      body: { start, end: start + 1, exact: "x" },
      field: "start" as const,
    })),
    fc.tuple(fc.integer({ min: 1, max: length }), fc.nat()).map(([start, back]) => {
      const end = Math.max(1, start - (back % start));
      return { label: "end not after start", body: { start, end, exact: "x" }, field: "end" as const };
    }),
    fc.tuple(fc.double({ noInteger: true, noNaN: true, min: -1e6, max: 1e6 }), fc.boolean()).map(([n, onStart]) => ({
      label: "not an integer",
      body: onStart ? { start: n, end: 10, exact: text.slice(0, 10) } : { start: 0, end: n, exact: text.slice(0, 10) },
      field: onStart ? ("start" as const) : ("end" as const),
    })),
    contentRange(text).chain(({ start, end }) =>
      misquote(text, start, end).map((exact) => ({
        label: "misquoted",
        body: { start, end, exact },
        field: "exact" as const,
      })),
    ),
    fc.constantFrom(...whitespaceRuns).map(({ start, end }) => ({
      label: "whitespace only",
      body: { start, end, exact: text.slice(start, end) },
      field: "start" as const,
    })),
    contentRange(text).map(({ start, end }) => ({
      label: "empty quote",
      body: { start, end, exact: "" },
      field: "exact" as const,
    })),
  );
}

test("hostile selections are refused naming the input to blame", async ({ desk, hostile, targets }) => {
  const reviewer = await hostile.as(desk.emails.reviewer);
  const before = await snapshotDesk(desk);
  const url = claims.url(targets.articleId);
  await fc.assert(
    fc.asyncProperty(hostileSelection(targets.articleText), async ({ label, body, field }) => {
      const reply = await hostile.send(reviewer, "POST", url, { json: body });
      await expectRefusedUnchanged(
        desk,
        before,
        reply,
        { status: 422, field },
        `${label} ${JSON.stringify(body).slice(0, 200)}`,
      );
    }),
    runs(40),
  );
});

test("edge selections: the whole text, one past it, a quote over the limit", async ({ desk, hostile, targets }) => {
  const reviewer = await hostile.as(desk.emails.reviewer);
  const before = await snapshotDesk(desk);
  const text = targets.articleText;
  const url = claims.url(targets.articleId);
  const refused: [string, Selection["body"], Selection["field"]][] = [
    ["start at the end", { start: text.length, end: text.length, exact: "x" }, "end"],
    ["one past the end", { start: 0, end: text.length + 1, exact: text }, "end"],
    ["quote over the limit", { start: 0, end: MAX_CLAIM_LENGTH + 1, exact: "x".repeat(MAX_CLAIM_LENGTH + 1) }, "exact"],
    ["start as a string", { start: "0", end: 5, exact: text.slice(0, 5) }, "start"],
    ["end as null", { start: 0, end: null, exact: text.slice(0, 5) }, "end"],
    ["exact as an array", { start: 0, end: 5, exact: [text.slice(0, 5)] }, "exact"],
  ];
  for (const [label, body, field] of refused) {
    await expectRefusedUnchanged(
      desk,
      before,
      await hostile.send(reviewer, "POST", url, { json: body }),
      { status: 422, field },
      label,
    );
  }
});

// Valid but unusual: a selection that starts and ends on whitespace is trimmed, not refused.
test("a selection padded with whitespace is stored trimmed to its words", async ({ desk, hostile, targets }) => {
  const reviewer = await hostile.as(desk.emails.reviewer);
  const text = targets.articleText;
  const start = text.indexOf("\n\nChina\n\n");
  const body = { start, end: start + "\n\nChina\n\n".length, exact: "\n\nChina\n\n" };
  const reply = await hostile.send(reviewer, "POST", claims.url(targets.articleId), { json: body });
  expect(reply.status, reply.text).toBe(201);
  const stored = await desk.db.claim.findUniqueOrThrow({ where: { id: (reply.json.claim as { id: string }).id } });
  expect({ start: stored.start, end: stored.end, exact: stored.exact }).toEqual({
    start: start + 2,
    end: start + 7,
    exact: "China",
  });
});

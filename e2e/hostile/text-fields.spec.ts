// Rule: text that people write (evidence title, excerpt and note, a verdict's rationale) is stored
// exactly as sent, trimmed at the ends, however unusual its Unicode and whatever markup or SQL it
// holds; only over-long text is refused, with a 422 naming the field and nothing written.
import fc from "fast-check";
import {
  collectRefusal,
  expect,
  expectDeskUnchanged,
  expectRefusedUnchanged,
  snapshotDesk,
  test,
} from "../fixtures/hostile-http";
import { routeNamed } from "../fixtures/hostile-routes";
import { personText, runs, SCRIPT_PAYLOADS, SQL_TEXT, UNICODE_TEXT, UNSTORABLE_TEXT } from "../fixtures/hostile-values";

const addEvidence = routeNamed("addEvidence");
const updateEvidence = routeNamed("updateEvidence");
const setVerdict = routeNamed("setVerdict");

const LIMITS = { title: 300, excerpt: 5_000, note: 5_000, rationale: 5_000 } as const;
type TextField = keyof typeof LIMITS;

interface EvidenceRow {
  id: string;
  title: string | null;
  excerpt: string | null;
  note: string | null;
}

test("unusual Unicode, markup and SQL are stored exactly as sent in every text field", async ({
  desk,
  hostile,
  targets,
}) => {
  const reviewer = await hostile.as(desk.emails.reviewer);
  for (const text of [...UNICODE_TEXT, ...SCRIPT_PAYLOADS, ...SQL_TEXT]) {
    const added = await hostile.send(reviewer, "POST", addEvidence.url(targets.claimId), {
      json: { title: text, excerpt: text, note: text, stance: "supports" },
    });
    expect(added.status, `${JSON.stringify(text)} → ${added.text}`).toBe(201);
    const { id, title, excerpt, note } = added.json.evidence as EvidenceRow;
    expect({ title, excerpt, note }).toEqual({ title: text, excerpt: text, note: text });
    const row = await desk.db.evidence.findUniqueOrThrow({ where: { id } });
    expect({ title: row.title, excerpt: row.excerpt, note: row.note }).toEqual({
      title: text,
      excerpt: text,
      note: text,
    });

    const judged = await hostile.send(reviewer, "PUT", setVerdict.url(targets.claimId), {
      json: { verdict: "disputed", rationale: text },
    });
    expect(judged.status, `${JSON.stringify(text)} → ${judged.text}`).toBe(200);
    expect((judged.json.claim as { rationale: string }).rationale).toBe(text);
    const claim = await desk.db.claim.findUniqueOrThrow({ where: { id: targets.claimId } });
    expect(claim.rationale).toBe(text);
  }
});

test("any well-formed text a person types is stored trimmed, byte for byte", async ({ desk, hostile, targets }) => {
  const reviewer = await hostile.as(desk.emails.reviewer);
  const fitting = (field: TextField) => personText(60).filter((s) => s.length <= LIMITS[field]);
  const texts = fc.record({
    title: fitting("title"),
    excerpt: fitting("excerpt"),
    note: fitting("note"),
    rationale: fitting("rationale"),
  });
  await fc.assert(
    fc.asyncProperty(texts, async ({ title, excerpt, note, rationale }) => {
      const updated = await hostile.send(reviewer, "PUT", updateEvidence.url(targets.evidenceId), {
        json: { title, excerpt, note, stance: "context" },
      });
      expect(updated.status, updated.text).toBe(200);
      const row = await desk.db.evidence.findUniqueOrThrow({ where: { id: targets.evidenceId } });
      expect({ title: row.title, excerpt: row.excerpt, note: row.note }).toEqual({
        title: title.trim(),
        excerpt: excerpt.trim(),
        note: note.trim(),
      });
      const judged = await hostile.send(reviewer, "PUT", setVerdict.url(targets.claimId), {
        json: { verdict: "contradicted", rationale },
      });
      expect(judged.status, judged.text).toBe(200);
      const claim = await desk.db.claim.findUniqueOrThrow({ where: { id: targets.claimId } });
      expect(claim.rationale).toBe(rationale.trim());
    }),
    runs(12),
  );
});

test("text at its limit is stored; one character more is refused naming the field", async ({
  desk,
  hostile,
  targets,
}) => {
  const reviewer = await hostile.as(desk.emails.reviewer);
  for (const [field, limit] of Object.entries(LIMITS) as [TextField, number][]) {
    const route = field === "rationale" ? setVerdict : addEvidence;
    const base = field === "rationale" ? { verdict: "disputed" } : { url: "https://example.org/a", stance: "refutes" };
    const send = (text: string) =>
      hostile.send(reviewer, route.method, route.url(targets.claimId), { json: { ...base, [field]: text } });
    // Limits count code points (zod 4): an emoji counts once, as a person would count it.
    for (const text of [field[0]!.repeat(limit), "😀".repeat(limit)]) {
      const atLimit = await send(text);
      expect(atLimit.status, `${field} at ${limit}: ${atLimit.text.slice(0, 200)}`).toBeLessThan(300);
    }
    const before = await snapshotDesk(desk);
    for (const text of ["x".repeat(limit + 1), "😀".repeat(limit + 1)]) {
      const context = `${field} of ${[...text].length} code points`;
      await expectRefusedUnchanged(desk, before, await send(text), { status: 422, field }, context);
    }
  }
});

test("blank optional text is stored as nothing; a blank rationale is refused where required", async ({
  desk,
  hostile,
  targets,
}) => {
  const reviewer = await hostile.as(desk.emails.reviewer);
  const blank = " \t\n\u00a0\u3000\u2028 ";
  const added = await hostile.send(reviewer, "POST", addEvidence.url(targets.claimId), {
    json: { url: "https://example.org/b", title: blank, excerpt: blank, note: blank, stance: "context" },
  });
  expect(added.status, added.text).toBe(201);
  expect(added.json.evidence).toMatchObject({ title: null, excerpt: null, note: null });
  const before = await snapshotDesk(desk);
  for (const verdict of ["disputed", "contradicted"]) {
    for (const rationale of [blank, "", null]) {
      const reply = await hostile.send(reviewer, "PUT", setVerdict.url(targets.claimId), {
        json: { verdict, rationale },
      });
      await expectRefusedUnchanged(
        desk,
        before,
        reply,
        { status: 422, field: "rationale" },
        `${verdict} with ${JSON.stringify(rationale)}`,
      );
    }
  }
});

// Regression: PostgreSQL text cannot hold U+0000 and the query engine rejects lone surrogates, so
// such text reached the database and came back as a 500. Rule: text the database cannot store
// exactly is refused at the edge with a 422 naming the field.
test("NUL and lone surrogates in text fields are refused, not a 500", async ({ desk, hostile, targets }) => {
  const reviewer = await hostile.as(desk.emails.reviewer);
  const before = await snapshotDesk(desk);
  const problems: string[] = [];
  for (const text of UNSTORABLE_TEXT) {
    for (const field of Object.keys(LIMITS) as TextField[]) {
      const route = field === "rationale" ? setVerdict : addEvidence;
      const base =
        field === "rationale" ? { verdict: "disputed" } : { url: "https://example.org/c", stance: "refutes" };
      const reply = await hostile.send(reviewer, route.method, route.url(targets.claimId), {
        json: { ...base, [field]: text },
      });
      collectRefusal(problems, reply, { status: 422, field }, `${field}=${JSON.stringify(text)}`);
    }
  }
  expect(problems, "each should be a 422 naming its field").toEqual([]);
  await expectDeskUnchanged(desk, before);
});

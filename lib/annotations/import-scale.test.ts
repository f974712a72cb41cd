// Export → import between workspaces at scale (issue 14: past ~100 articles the export was larger
// than the import's 8 MB limit, so the round trip failed with 413). The export streams out, the
// import reads it as it arrives and writes it a batch at a time in one transaction: every claim,
// verdict and piece of evidence arrives, and one bad annotation anywhere still stops everything.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { importAnnotations, IMPORT_BATCH, ImportRejectedError } from "@/lib/annotations/mutations";
import { db } from "@/lib/db";
import { downloadAnnotations } from "@/lib/exports/downloads";
import { toByteStream } from "@/lib/http/file-reply";
import type { ReportModel } from "@/lib/reports/model";
import { createTestWorkspace } from "@/tests/fixtures";
import { BASE_URL, getWorkspaceReport } from "@/tests/report-desk";
import { copyArticles, insertGeneratedArticles, insertGeneratedClaims } from "@/tests/scale";

const ARTICLES = 200;
const CLAIMS_PER_ARTICLE = 6;
const CLAIMS = ARTICLES * CLAIMS_PER_ARTICLE;
// Writing 1,200 claims with their history and events takes a few seconds, more on a busy machine.
const SLOW = 90_000;

type Desk = Awaited<ReturnType<typeof createTestWorkspace>>;
let source: Desk;

beforeAll(async () => {
  source = await createTestWorkspace();
  const prefix = `import-${randomUUID().slice(0, 8)}`;
  await insertGeneratedArticles(source.workspace.id, prefix, ARTICLES);
  await insertGeneratedClaims(prefix, ARTICLES, CLAIMS_PER_ARTICLE, source.reviewer.userId);
});

/** An empty workspace holding the same articles as the source. */
async function createTarget() {
  const target = await createTestWorkspace();
  await copyArticles(source.workspace.id, target.workspace.id);
  return target;
}

/** The source's W3C export as the bytes a client would upload, part by part as it is written. */
async function* exportBytes(): AsyncGenerator<Uint8Array> {
  const { body } = await downloadAnnotations(source.viewerOnly, { workspaceSlug: source.workspace.slug }, BASE_URL);
  const reader = toByteStream(body as AsyncIterable<string>).getReader();
  for (let part = await reader.read(); !part.done; part = await reader.read()) yield part.value;
}

/** What must survive the round trip: each claim, its verdict and evidence, without ids, dates or people. */
const comparable = (model: ReportModel) =>
  model.articles.map((article) => ({
    slug: article.slug,
    claims: article.claims.map(({ number, exact, start, end, verdict, rationale, evidence }) => ({
      ...{ number, exact, start, end, verdict, rationale },
      evidence: evidence.map(({ url, title, stance }) => ({ url, title, stance })),
    })),
  }));

const claimsIn = (workspaceId: string) => db.claim.count({ where: { article: { workspaceId } } });

describe("W3C export → import at scale", () => {
  it(
    "a workspace of generated articles arrives whole in another: claims, verdicts, evidence",
    async () => {
      expect(CLAIMS).toBeGreaterThan(2 * IMPORT_BATCH);
      const target = await createTarget();
      const summary = await importAnnotations(target.editor, target.workspace.slug, exportBytes());
      const judged = await db.claim.count({
        where: { article: { workspaceId: source.workspace.id }, verdict: { not: "UNREVIEWED" } },
      });
      expect(summary).toEqual({ claims: CLAIMS, verdicts: judged, evidence: CLAIMS / 2 });
      const options = { baseUrl: BASE_URL };
      const [before, after] = await Promise.all([
        getWorkspaceReport(source.owner, source.workspace.slug, {}, options),
        getWorkspaceReport(target.owner, target.workspace.slug, {}, options),
      ]);
      expect(comparable(after)).toEqual(comparable(before));
      expect(await db.auditEvent.count({ where: { workspaceId: target.workspace.id } })).toBe(
        CLAIMS + judged + CLAIMS / 2,
      );
    },
    SLOW,
  );

  it(
    "refuses all of it for annotations refused past the first batches, naming them by position",
    async () => {
      const target = await createTarget();
      let text = "";
      for await (const bytes of exportBytes()) text += new TextDecoder().decode(bytes, { stream: true });
      const collection = JSON.parse(text) as { first: { items: { target: { source: string } }[] } };
      const [first] = collection.first.items;
      // The first annotation again, at the end (its span is written by then), and one on no article.
      collection.first.items.push(first!, {
        ...first!,
        target: { ...first!.target, source: "urn:factmark:article:nope" },
      });
      const json = JSON.stringify(collection);
      const parts = Array.from({ length: Math.ceil(json.length / 65_536) }, (_, i) =>
        json.slice(i * 65_536, (i + 1) * 65_536),
      );
      const error = await importAnnotations(target.editor, target.workspace.slug, parts).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ImportRejectedError);
      expect((error as ImportRejectedError).message).toBe(
        `annotations: 2 of ${CLAIMS + 2} could not be imported, so nothing was imported`,
      );
      expect((error as ImportRejectedError).rejected).toEqual([
        {
          index: CLAIMS,
          id: expect.any(String),
          problems: [{ field: "target.selector", message: "the same span as annotation 0" }],
        },
        {
          index: CLAIMS + 1,
          id: expect.any(String),
          problems: [{ field: "target.source", message: expect.any(String) }],
        },
      ]);
      expect(await claimsIn(target.workspace.id)).toBe(0);
    },
    SLOW,
  );
});

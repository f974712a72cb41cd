// W3C Web Annotation export and import against a real PostgreSQL: exports validate against the
// data model's schema, a workspace survives export → import into an empty workspace field by
// field, and a collection with any bad annotation is refused whole, with a report per annotation.
import { readFileSync } from "node:fs";
import Ajv from "ajv";
import addFormats from "ajv-formats";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { importAnnotations, ImportRejectedError } from "@/lib/annotations/mutations";
import { annotationsOf, BASE_URL, createReportDesk, getWorkspaceReport, jsonBody, PARADE } from "@/tests/report-desk";
import type { AnnotationCollection } from "@/lib/annotations/w3c-annotation";
import type { ReportModel } from "@/lib/reports/model";
import { getArticleReport } from "@/lib/reports/queries";
import { createTestWorkspace, readStoredEvents } from "@/tests/fixtures";

const schema = JSON.parse(
  readFileSync(new URL("../../tests/corpora/web-annotation.schema.json", import.meta.url), "utf8"),
);
const ajv = addFormats(new Ajv({ allErrors: true }));
const validate = ajv.compile(schema);

let desk: Awaited<ReturnType<typeof createReportDesk>>;
let exported: AnnotationCollection;

beforeAll(async () => {
  desk = await createReportDesk();
  exported = annotationsOf(await getWorkspaceReport(desk.viewerOnly, desk.workspace.slug, {}, { baseUrl: BASE_URL }));
});

/** What must survive a round trip: the claim, its verdict, and its evidence, without ids, dates or people. */
function comparable(model: ReportModel) {
  return model.articles.map((article) => ({
    slug: article.slug,
    claims: article.claims.map((claim) => ({
      number: claim.number,
      exact: claim.exact,
      prefix: claim.prefix,
      suffix: claim.suffix,
      start: claim.start,
      end: claim.end,
      verdict: claim.verdict,
      rationale: claim.rationale,
      evidence: claim.evidence.map(({ url, title, excerpt, stance, note }) => ({ url, title, excerpt, stance, note })),
    })),
  }));
}

const workspaceClaims = (workspaceId: string) => db.claim.count({ where: { article: { workspaceId } } });
const workspaceEvents = (workspaceId: string) => db.auditEvent.count({ where: { workspaceId } });

describe("W3C Web Annotation export", () => {
  it("validates against the Web Annotation Data Model schema, for a workspace and an article", async () => {
    expect(validate(exported), ajv.errorsText(validate.errors)).toBe(true);
    const article = annotationsOf(await getArticleReport(desk.editor, desk.whoIsFriends, {}, { baseUrl: BASE_URL }));
    expect(validate(article), ajv.errorsText(validate.errors)).toBe(true);
    expect(article.total).toBe(4);
    expect(article.first.items[0]).toMatchObject({
      type: "Annotation",
      motivation: "assessing",
      target: { source: "urn:factmark:article:who-is-friends-with-north-korea" },
      body: [
        { type: "TextualBody", purpose: "assessing", value: "contradicted" },
        { type: "TextualBody", purpose: "commenting" },
        { type: "SpecificResource", purpose: "linking", "factmark:stance": "refutes" },
        { type: "TextualBody", purpose: "linking", "factmark:stance": "context" },
      ],
    });
  });

  it("the schema catches what the model forbids", () => {
    const broken = structuredClone(exported) as unknown as { first: { items: Record<string, unknown>[] } };
    broken.first.items[0]!.target = { source: "urn:factmark:article:x", selector: { type: "TextQuoteSelector" } };
    expect(validate(broken)).toBe(false);
  });
});

describe("W3C Web Annotation import", () => {
  it("round-trips a workspace into an empty one: same claims, verdicts and evidence, with history and audit", async () => {
    const target = await createTestWorkspace();
    const summary = await importAnnotations(target.editor, target.workspace.slug, jsonBody(exported));
    expect(summary).toEqual({ claims: 5, verdicts: 4, evidence: 4 });
    const options = { baseUrl: BASE_URL };
    const before = await getWorkspaceReport(desk.owner, desk.workspace.slug, {}, options);
    const after = await getWorkspaceReport(target.owner, target.workspace.slug, {}, options);
    expect(comparable(after)).toEqual(comparable(before));
    // The importer stands behind the imported verdicts: each has one history row, by them.
    const judged = after.articles.flatMap((a) => a.claims).filter((c) => c.verdict !== "unreviewed");
    expect(judged.every((claim) => claim.reviewer?.id === target.editor.userId)).toBe(true);
    const history = await db.verdictChange.findMany({
      where: { claim: { article: { workspaceId: target.workspace.id } } },
    });
    expect(history).toHaveLength(4);
    const actions = await db.auditEvent.groupBy({
      by: ["action"],
      where: { workspaceId: target.workspace.id },
      _count: true,
    });
    expect(Object.fromEntries(actions.map((row) => [row.action, row._count]))).toEqual({
      "claim.created": 5,
      "verdict.set": 4,
      "evidence.added": 4,
    });
    // Written in bulk, read like the ones written one by one.
    expect(await readStoredEvents({ workspaceId: target.workspace.id })).toHaveLength(13);
    // Importing the same collection again would duplicate every span: refused, nothing written.
    await expect(importAnnotations(target.owner, target.workspace.slug, jsonBody(exported))).rejects.toBeInstanceOf(
      ImportRejectedError,
    );
    expect(await workspaceClaims(target.workspace.id)).toBe(5);
  });

  it("refuses the whole collection when any annotation is bad, reporting each by index and id", async () => {
    const target = await createTestWorkspace();
    // Copies spoiled by hand, each the way a careless tool would write it.
    type Loose = {
      id: string;
      target: { source: string; selector: [{ exact: string }] };
      body: Record<string, string>[];
    };
    const items = structuredClone(exported.first.items) as unknown as Loose[];
    items[1]!.target.selector[0].exact = "a quote that is not in the article";
    items[2]!.target.source = "urn:factmark:article:no-such-article";
    items[3]!.body[0]!.value = "false";
    items[0]!.body[2]!.source = "javascript:alert(1)";
    items[4]!.body = [{ type: "TextualBody", purpose: "assessing", value: "contradicted" }];
    const collection = { ...exported, first: { ...exported.first, items } };
    const error = await importAnnotations(target.editor, target.workspace.slug, jsonBody(collection)).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ImportRejectedError);
    const report = (error as ImportRejectedError).rejected;
    expect(report.map(({ index, id }) => ({ index, id }))).toEqual(
      items.slice(0, 5).map((item, index) => ({ index, id: item.id })),
    );
    expect(report.map((entry) => entry.problems)).toEqual([
      [{ field: "body[2].source", message: "must be an http:// or https:// web address" }],
      [
        {
          field: "target.selector",
          message: 'the quoted text is not in the article "who-is-friends-with-north-korea"',
        },
      ],
      [{ field: "target.source", message: 'no article "no-such-article" in this workspace' }],
      [{ field: "body[0].value", message: expect.stringContaining('unknown verdict "false"') }],
      [{ field: "body", message: 'a rationale (purpose "commenting") is required for a contradicted verdict' }],
    ]);
    expect(await workspaceClaims(target.workspace.id)).toBe(0);
    expect(await workspaceEvents(target.workspace.id)).toBe(0);
  });

  it("re-anchors a quote whose position is stale, and refuses a quote found nowhere", async () => {
    const target = await createTestWorkspace();
    const original = exported.first.items.find((item) => item.target.selector[0].exact === PARADE)!;
    const stale = structuredClone(original);
    stale.target.selector[1] = { type: "TextPositionSelector", start: 5, end: 5 + PARADE.length };
    const nowhere = structuredClone(original);
    nowhere.target.selector[0].exact = PARADE.replace("2017", "2016");
    const refused = await importAnnotations(
      target.editor,
      target.workspace.slug,
      jsonBody({ type: "AnnotationPage", items: [stale, nowhere] }),
    ).catch((e: unknown) => e);
    expect((refused as ImportRejectedError).rejected.map((entry) => entry.index)).toEqual([1]);
    expect(
      await importAnnotations(
        target.editor,
        target.workspace.slug,
        jsonBody({ type: "AnnotationPage", items: [stale] }),
      ),
    ).toMatchObject({ claims: 1 });
    const claim = await db.claim.findFirstOrThrow({ where: { article: { workspaceId: target.workspace.id } } });
    expect([claim.start, claim.end]).toEqual([original.target.selector[1].start, original.target.selector[1].end]);
  });

  it("is for editors and owners; outsiders cannot tell the workspace exists", async () => {
    const target = await createTestWorkspace();
    await expect(importAnnotations(target.reviewer, target.workspace.slug, jsonBody(exported))).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const outsider = (await createTestWorkspace()).owner;
    await expect(importAnnotations(outsider, target.workspace.slug, jsonBody(exported))).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      importAnnotations(target.owner, target.workspace.slug, jsonBody({ type: "Annotation" })),
    ).rejects.toMatchObject({
      code: "INVALID_INPUT",
      field: "type",
    });
    expect(await workspaceClaims(target.workspace.id)).toBe(0);
  });
});

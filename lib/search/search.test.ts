// Full-text search against a real PostgreSQL: stemming, phrases, exclusion, ranking, every
// filter, highlighted snippets that are never HTML, one workspace only, and the GIN indexes.
import { beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "@/generated/prisma/client";
import { assignClaim } from "@/lib/assignments/mutations";
import { createClaim } from "@/lib/claims/mutations";
import { addComment } from "@/lib/comments/mutations";
import { db } from "@/lib/db";
import { addEvidence } from "@/lib/evidence/mutations";
import { addEvidenceSchema } from "@/lib/evidence/schema";
import { parsePageQuery } from "@/lib/http/pagination";
import { searchQuery, searchVector } from "@/lib/search/documents";
import { search } from "@/lib/search/queries";
import {
  parseSearchFilters,
  searchCursorSchema,
  searchPagePositionSchema,
  SEARCH_KINDS,
  type SearchFilters,
} from "@/lib/search/schema";
import { setVerdict } from "@/lib/verdicts/mutations";
import { createTestWorkspace, selectionOf } from "@/tests/fixtures";

type Desk = Awaited<ReturnType<typeof createTestWorkspace>>;
let ws: Desk;
let other: Desk;
type Item = "parade" | "tehran" | "vietnam" | "laos" | "syria" | "evidence" | "markup" | "forged";
const ids = {} as Record<Item, string>;
let friendsSlug: string;

const mark = async (desk: Desk, viewer: Desk["owner"], articleId: string, exact: string) =>
  (await createClaim(viewer, articleId, await selectionOf(articleId, exact))).id;
const setChangedAt = (table: "Claim" | "Evidence" | "Comment", id: string, at: string) =>
  db.$executeRaw`UPDATE ${Prisma.raw(`"${table}"`)} SET "updatedAt" = ${at}::timestamp WHERE id = ${id}`;

beforeAll(async () => {
  [ws, other] = await Promise.all([createTestWorkspace(), createTestWorkspace()]);
  const { whoIsFriends: who, friendsAndComrades: friends } = ws;
  ids.parade = await mark(ws, ws.reviewer, who, "In 2017, the two countries held their first joint military parade");
  ids.tehran = await mark(ws, ws.reviewer, who, "Kim Jong-un visited Tehran in 2018");
  ids.vietnam = await mark(ws, ws.secondReviewer, who, "Vietnam is another unlikely friend");
  ids.laos = await mark(ws, ws.reviewer, friends, "A diplomat from Laos and a journalist from China");
  ids.syria = await mark(ws, ws.reviewer, friends, "There were military attaches from Syria and Iran");
  const rationale = (verdict: "verified" | "disputed" | "contradicted", text: string) => ({ verdict, rationale: text });
  await setVerdict(
    ws.reviewer,
    ids.parade,
    rationale("contradicted", "Satellite imagery shows troops fighting floods, not wars; no parade."),
  );
  await setVerdict(
    ws.secondReviewer,
    ids.tehran,
    rationale("disputed", "The visit was to Singapore for the summit, not Tehran."),
  );
  await setVerdict(
    ws.editor,
    ids.laos,
    rationale("verified", "Crossing the border at night is documented by the embassy."),
  );
  await setVerdict(ws.reviewer, ids.syria, rationale("verified", "The border crossing was shut that year."));
  await assignClaim(ws.editor, ids.tehran, { assigneeId: ws.secondReviewer.userId, dueAt: null });
  const evidence = addEvidenceSchema.parse({
    title: "Parade footage archive",
    excerpt: "Archive footage of the 2017 anniversary parade",
    note: "Compare with the quokka register",
    stance: "refutes",
  });
  ids.evidence = (await addEvidence(ws.reviewer, ids.parade, evidence)).id;
  ids.markup = (
    await addComment(ws.secondReviewer, ids.tehran, { body: "<script>alert(1)</script> Singapore summit photos" })
  ).id;
  ids.forged = (await addComment(ws.reviewer, ids.vietnam, { body: "quokka sightings \uE000forged\uE001 here" })).id;
  // Dates the from/to filters can pick out, set after every change that bumps updatedAt.
  await setChangedAt("Claim", ids.vietnam, "2020-01-15 10:00");
  await setChangedAt("Claim", ids.laos, "2020-02-10 10:00");
  await setChangedAt("Claim", ids.syria, "2020-02-11 10:00");
  friendsSlug = (await db.article.findUniqueOrThrow({ where: { id: friends } })).slug;

  // The other workspace has the same words: none of it may ever show up in ws.
  const outsideClaim = await mark(other, other.reviewer, other.whoIsFriends, "Kim Jong-un visited Tehran in 2018");
  await addComment(other.reviewer, outsideClaim, { body: "quokka border crossing at night, Singapore summit" });
});

const find = (filters: SearchFilters, limit = 100) =>
  search(ws.viewerOnly, ws.workspace.slug, { filters, page: { limit, after: null } });
const idsOf = async (filters: SearchFilters) => (await find(filters)).results.map((r) => r.id);

describe("search words", () => {
  it("stems: fight finds fighting, war finds wars", async () => {
    expect(await idsOf({ q: "fight", kind: "claim" })).toEqual([ids.parade]);
    expect(await idsOf({ q: "war", kind: "claim" })).toEqual([ids.parade]);
    // Articles mention wars too, in the same list.
    expect((await find({ q: "war" })).counts.article).toBe(2);
  });

  it("matches all words anywhere, or a quoted phrase exactly", async () => {
    expect(new Set(await idsOf({ q: "border crossing", kind: "claim" }))).toEqual(new Set([ids.laos, ids.syria]));
    expect(await idsOf({ q: '"border crossing"', kind: "claim" })).toEqual([ids.syria]);
  });

  it("excludes -words and takes or", async () => {
    expect(await idsOf({ q: "border crossing -night", kind: "claim" })).toEqual([ids.syria]);
    expect(await idsOf({ q: "border crossing -night", kind: "article" })).toEqual([ws.friendsAndComrades]);
    expect(new Set(await idsOf({ q: "embassy or shut", kind: "claim" }))).toEqual(new Set([ids.laos, ids.syria]));
  });

  it("ranks more matching words higher, and a claim above evidence above an article body", async () => {
    expect((await idsOf({ q: "border or crossing or night" })).slice(0, 2)).toEqual([ids.laos, ids.syria]);
    const parade = await idsOf({ q: "parade" });
    const article = parade.indexOf(ws.whoIsFriends);
    expect(parade.indexOf(ids.parade)).toBe(0);
    expect(parade.indexOf(ids.evidence)).toBe(1);
    expect(article).toBeGreaterThan(1);
    // A claim matching in quote and rationale outranks a short comment matching once.
    const tehran = await idsOf({ q: "singapore or tehran or summit" });
    expect(tehran.indexOf(ids.tehran)).toBeLessThan(tehran.indexOf(ids.markup));
  });

  it("finds nothing for stop words alone, and nothing without words or filters", async () => {
    expect((await find({ q: "the" })).results).toEqual([]);
    expect(await find({})).toEqual({
      results: [],
      counts: { claim: 0, evidence: 0, comment: 0, article: 0 },
      countsCapped: { claim: false, evidence: false, comment: false, article: false },
      nextCursor: null,
      previousCursor: null,
    });
  });
});

describe("search results", () => {
  it("carry the article, the claim, the author and a marked snippet", async () => {
    const [result] = (await find({ q: "quokka", kind: "evidence" })).results;
    expect(result).toMatchObject({
      kind: "evidence",
      id: ids.evidence,
      article: { title: "Who Is Friends With North Korea" },
      claim: { id: ids.parade, verdict: "contradicted" },
      author: { id: ws.reviewer.userId, name: ws.reviewer.name },
      title: [{ text: "Parade footage archive", match: false }],
    });
    expect(result!.snippet.filter((s) => s.match)).toEqual([{ text: "quokka", match: true }]);
  });

  it("return markup as plain text, and typed marker characters never forge a match", async () => {
    const [markup] = (await find({ q: "singapore summit", kind: "comment" })).results;
    expect(markup!.snippet).toEqual([
      { text: "<script>alert(1)</script> ", match: false },
      { text: "Singapore", match: true },
      { text: " ", match: false },
      { text: "summit", match: true },
      { text: " photos", match: false },
    ]);
    const [forged] = (await find({ q: "quokka", kind: "comment" })).results;
    expect(forged!.id).toBe(ids.forged);
    expect(forged!.snippet).toEqual([
      { text: "quokka", match: true },
      { text: " sightings forged here", match: false },
    ]);
  });

  // Regression: ties on rank were skipped between pages when the cursor's rank lost precision
  // on its way back to PostgreSQL. Every row comes exactly once, in order.
  it("come a page at a time, in the same order as all at once", async () => {
    const filters = { q: "border or crossing or night or parade or singapore or quokka" };
    const all = (await find(filters)).results.map((r) => r.id);
    const paged: string[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `http://x/?limit=3${cursor ? `&cursor=${cursor}` : ""}`;
      const page = await search(ws.viewerOnly, ws.workspace.slug, {
        filters,
        page: parsePageQuery(url, searchCursorSchema),
      });
      paged.push(...page.results.map((r) => r.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(all.length).toBeGreaterThan(6);
    expect(paged).toEqual(all);
  });

  // The search page goes back by ?before=: each page before is the page that led to it.
  it("go back a page at a time to the first, the same pages as on the way out", async () => {
    const filters = { q: "border or crossing or night or parade or singapore or quokka" };
    const position = searchPagePositionSchema(3);
    const pageAt = async (query: Record<string, string>) =>
      search(ws.viewerOnly, ws.workspace.slug, { filters, page: position.parse(query) });
    const forwards = [await pageAt({})];
    while (forwards.at(-1)!.nextCursor) forwards.push(await pageAt({ cursor: forwards.at(-1)!.nextCursor! }));
    expect(forwards.length).toBeGreaterThan(2);
    expect(forwards[0]!.previousCursor).toBeNull();
    const backwards = [forwards.at(-1)!];
    while (backwards.at(-1)!.previousCursor) {
      backwards.push(await pageAt({ before: backwards.at(-1)!.previousCursor! }));
    }
    const idsOfPage = (page: { results: { id: string }[] }) => page.results.map((r) => r.id);
    expect(backwards.reverse().map(idsOfPage)).toEqual(forwards.map(idsOfPage));
    expect(backwards[0]!.nextCursor).toBe(forwards[0]!.nextCursor);
  });
});

describe("search filters", () => {
  it("kind narrows the list; the counts still cover every kind", async () => {
    const { results, counts } = await find({ q: "quokka", kind: "comment" });
    expect(results.map((r) => r.id)).toEqual([ids.forged]);
    expect(counts).toEqual({ claim: 0, evidence: 1, comment: 1, article: 0 });
  });

  it("verdict applies to claims and to the evidence and comments of such claims, never articles", async () => {
    const { results, counts } = await find({ verdict: "contradicted" });
    expect(new Set(results.map((r) => r.id))).toEqual(new Set([ids.parade, ids.evidence]));
    expect(counts.article).toBe(0);
    expect(await idsOf({ q: "singapore", verdict: "disputed", kind: "comment" })).toEqual([ids.markup]);
  });

  it("reviewer: whoever marked the claim or ever set its verdict", async () => {
    expect(new Set(await idsOf({ reviewer: ws.secondReviewer.userId }))).toEqual(
      new Set([ids.tehran, ids.vietnam, ids.markup, ids.forged]),
    );
    expect(await idsOf({ reviewer: ws.editor.userId })).toEqual([ids.laos]);
  });

  it("assignee and article", async () => {
    expect(new Set(await idsOf({ assignee: ws.secondReviewer.userId }))).toEqual(new Set([ids.tehran, ids.markup]));
    expect(new Set(await idsOf({ article: friendsSlug }))).toEqual(
      new Set([ids.laos, ids.syria, ws.friendsAndComrades]),
    );
    expect(await idsOf({ q: "border", article: friendsSlug, kind: "claim" })).toHaveLength(2);
  });

  it("from and to take whole UTC days of the last change; without words, newest first", async () => {
    expect(await idsOf({ from: "2020-01-01", to: "2020-12-31" })).toEqual([ids.syria, ids.laos, ids.vietnam]);
    expect(await idsOf({ from: "2020-02-10", to: "2020-02-10" })).toEqual([ids.laos]);
    expect(await idsOf({ q: "border", to: "2020-02-10" })).toEqual([ids.laos]);
  });
});

describe("search boundaries", () => {
  it("sees one workspace only", async () => {
    for (const q of ["quokka", "singapore summit", "tehran"]) {
      for (const result of (await find({ q })).results) {
        expect([ws.whoIsFriends, ws.friendsAndComrades]).toContain(
          (await db.article.findFirstOrThrow({ where: { slug: result.article.slug, workspaceId: ws.workspace.id } }))
            .id,
        );
      }
    }
    expect((await find({ q: "quokka" })).counts).toEqual({ claim: 0, evidence: 1, comment: 1, article: 0 });
    const page = { filters: { q: "quokka" }, page: { limit: 10, after: null } };
    await expect(search(ws.viewerOnly, other.workspace.slug, page)).rejects.toMatchObject({ code: "NOT_FOUND" });
    // An API token for ws is no key to the other workspace, even for someone in both.
    const tokenViewer = { ...other.owner, workspaceId: ws.workspace.id };
    await expect(search(tokenViewer, other.workspace.slug, page)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("refuses bad parameters, naming each", () => {
    const bad: [Record<string, string>, string][] = [
      [{ verdict: "maybe" }, "verdict"],
      [{ kind: "tweet" }, "kind"],
      [{ from: "2026-13-45" }, "from"],
      [{ from: "2026-02-01", to: "2026-01-01" }, "to"],
      [{ q: "x".repeat(201) }, "q"],
      [{ q: "nul\u0000" }, "q"],
      [{ reviewer: "a b" }, "reviewer"],
      [{ article: "../x" }, "article"],
      [{ colour: "red" }, "colour"],
    ];
    for (const [params, field] of bad) {
      expect(() => parseSearchFilters(params), field).toThrow(
        expect.objectContaining({ code: "INVALID_INPUT", field }),
      );
    }
    expect(parseSearchFilters({ q: "  war  ", verdict: "", limit: "5", cursor: "x" })).toEqual({ q: "war" });
  });

  it("has a GIN index on the search column of every kind", async () => {
    const tables = { article: '"Article" a', claim: '"Claim" c', evidence: '"Evidence" e', comment: '"Comment" m' };
    for (const kind of SEARCH_KINDS) {
      const plan = await db.$transaction(async (tx) => {
        await tx.$executeRaw`SET LOCAL enable_seqscan = off`;
        return tx.$queryRaw<{ "QUERY PLAN": string }[]>`EXPLAIN SELECT 1 FROM ${Prisma.raw(tables[kind])}
          WHERE ${searchVector(kind)} @@ ${searchQuery("border crossing")}`;
      });
      const index = `${tables[kind].split(" ")[0]!.replaceAll('"', "")}_search_idx`;
      expect(plan.map((row) => row["QUERY PLAN"]).join("\n")).toContain(`Bitmap Index Scan on "${index}"`);
    }
  });
});

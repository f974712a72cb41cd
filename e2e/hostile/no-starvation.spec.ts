// Regression: one signed-in request froze the one Node process, and every other tenant with it:
// an HTML preview of `<svg <svg …` (240 KB) took 45.7 s while another workspace's request waited
// 43.8 s; four W3C annotations quoting "a" with 2,000 chars of context against 200,000 "a"s took
// 92.5 s; suggestions for a 1 MB article 35.8 s, and as long again on every request. Each hostile
// request must now be answered (or refused, naming the field) within the worker pool's limit,
// while another workspace's requests go on being answered promptly. The 2 s bound is generous:
// it tells a free event loop from a frozen one, it is not a benchmark.
import type { APIRequestContext } from "@playwright/test";
import { apiClient, createDesk, expect, test } from "../fixtures/desk";

/** WORKER_TASK_TIMEOUT_MS's default (the suite sets none), plus room for a busy machine. */
const ANSWERED_WITHIN_MS = 10_000 + 15_000;
const PROMPT_MS = 2_000;

// One at a time: each measures how an idle app answers while one hostile request runs, not
// how it copes with the other two hostile requests as well.
test.describe.configure({ mode: "serial", timeout: 120_000 });

/**
 * Runs `hostile` while another workspace lists its articles again and again; returns the hostile
 * reply, how long it took and the slowest of the other workspace's answers meanwhile. The slowest
 * answer is logged with when it was asked and how long the app itself took (its Server-Timing), so
 * a slow one tells time lost in the app from time lost before the request reached it.
 */
async function whileOthersWork(other: APIRequestContext, otherSlug: string, hostile: () => Promise<Response>) {
  let done = false;
  const started = Date.now();
  const reply = hostile().finally(() => (done = true));
  const asked: { at: number; ms: number; app: string | undefined }[] = [];
  // Give the hostile request a head start to reach its heavy part, then keep asking.
  await new Promise((resolve) => setTimeout(resolve, 300));
  do {
    const at = Date.now();
    // A connection of its own each time: one left idle while the hostile request was set up may
    // be closed by the server's keep-alive timeout just as it is reused (ECONNRESET).
    const response = await other.get(`/api/v1/workspaces/${otherSlug}/articles`, { headers: { connection: "close" } });
    expect(response.status()).toBe(200);
    asked.push({ at: at - started, ms: Date.now() - at, app: response.headers()["server-timing"] });
  } while (!done && asked.length < 200);
  const response = await reply;
  const slowest = asked.reduce((a, b) => (b.ms > a.ms ? b : a));
  const result = { elapsed: Date.now() - started, slowest: slowest.ms, asked: asked.length };
  console.log(
    `[no-starvation] ${test.info().title.slice(0, 40)}…: ${JSON.stringify({ status: response.status(), ...result, slowestAsked: slowest })}`,
  );
  return { response, ...result };
}

type Response = { status(): number; json(): Promise<unknown> };

async function setUp(db: Parameters<typeof createDesk>[0], baseURL: string, deskSlug: string, editor: string) {
  const other = await createDesk(db);
  return {
    attacker: await apiClient(baseURL, editor),
    bystander: await apiClient(baseURL, other.emails.reviewer),
    otherSlug: other.slug,
    deskSlug,
  };
}

test("an HTML preview of 48,000 `<svg ` openings is answered in time, and other workspaces are not kept waiting", async ({
  desk,
  db,
  baseURL,
}) => {
  const { attacker, bystander, otherSlug } = await setUp(db, baseURL!, desk.slug, desk.emails.editor);
  const { response, elapsed, slowest } = await whileOthersWork(bystander, otherSlug, () =>
    attacker.post(`/api/v1/workspaces/${desk.slug}/articles/preview`, {
      data: { format: "html", content: "<svg ".repeat(48_000), headline: "Hostile" },
    }),
  );
  expect(slowest).toBeLessThan(PROMPT_MS);
  expect(elapsed).toBeLessThan(ANSWERED_WITHIN_MS);
  // Nothing readable is left once the unclosed <svg> hides the rest: refused, naming content.
  expect(response.status()).toBe(422);
  expect(await response.json()).toMatchObject({ error: { code: "INVALID_INPUT", field: "content" } });
});

test("a W3C import quoting `a` with 2,000 chars of context in 200,000 `a`s is answered in time, others not kept waiting", async ({
  desk,
  db,
  baseURL,
}) => {
  const { attacker, bystander, otherSlug } = await setUp(db, baseURL!, desk.slug, desk.emails.editor);
  const imported = await attacker.post(`/api/v1/workspaces/${desk.slug}/articles`, {
    data: { format: "text", headline: "All a", content: "a".repeat(200_000) },
  });
  expect(imported.status()).toBe(201);
  const { slug } = ((await imported.json()) as { article: { slug: string } }).article;
  const annotation = {
    type: "Annotation",
    target: {
      source: `urn:factmark:article:${slug}`,
      selector: { type: "TextQuoteSelector", exact: "a", prefix: "a".repeat(2_000), suffix: "a".repeat(2_000) },
    },
  };
  const { response, elapsed, slowest } = await whileOthersWork(bystander, otherSlug, () =>
    attacker.post(`/api/v1/workspaces/${desk.slug}/annotations/import`, {
      data: {
        type: "AnnotationCollection",
        first: { type: "AnnotationPage", items: [1, 2, 3, 4].map(() => annotation) },
      },
    }),
  );
  expect(slowest).toBeLessThan(PROMPT_MS);
  expect(elapsed).toBeLessThan(ANSWERED_WITHIN_MS);
  // Four identical spans: the first is imported, the others are refused as its twins, all or nothing.
  expect(response.status()).toBe(422);
  const body = (await response.json()) as { error: { rejected: { index: number }[] } };
  expect(body.error.rejected.map((r) => r.index)).toEqual([1, 2, 3]);
});

test("suggestions for a 1 MB article are answered in time and then kept, others not kept waiting", async ({
  desk,
  db,
  baseURL,
}) => {
  const { attacker, bystander, otherSlug } = await setUp(db, baseURL!, desk.slug, desk.emails.editor);
  const seedText = (await db.article.findFirstOrThrow({ where: { workspace: { slug: desk.slug } } })).text;
  const content = seedText.repeat(Math.ceil(1_000_000 / seedText.length)).slice(0, 1_000_000);
  const imported = await attacker.post(`/api/v1/workspaces/${desk.slug}/articles`, {
    data: { format: "text", headline: "A very long read", content },
  });
  expect(imported.status()).toBe(201);
  const { id } = ((await imported.json()) as { article: { id: string } }).article;

  const first = await whileOthersWork(bystander, otherSlug, () => attacker.get(`/api/v1/articles/${id}/suggestions`));
  expect(first.slowest).toBeLessThan(PROMPT_MS);
  expect(first.elapsed).toBeLessThan(ANSWERED_WITHIN_MS);
  // Either the suggestions, or a refusal saying the article is too complex to process in time.
  expect([200, 422]).toContain(first.response.status());
  const firstBody = await first.response.json();
  if (first.response.status() === 422) {
    expect(firstBody).toMatchObject({ error: { code: "INVALID_INPUT", field: "article" } });
    expect(JSON.stringify(firstBody)).toMatch(/too complex to process within \d+ seconds/);
  }

  // Kept for this revision: asking again, as anyone on the desk, does not compute again.
  const reviewer = await apiClient(baseURL!, desk.emails.reviewer);
  const asked = Date.now();
  const again = await reviewer.get(`/api/v1/articles/${id}/suggestions`);
  expect(Date.now() - asked).toBeLessThan(PROMPT_MS * 2);
  expect(again.status()).toBe(first.response.status());
  expect(await again.json()).toEqual(firstBody);
});

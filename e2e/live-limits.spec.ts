// Found by an attacker against production, across two app instances on one PostgreSQL:
// - a member removed from the workspace kept receiving an open stream's claims, verdicts and
//   comments: membership was checked once, when the stream opened. Rule: removal closes their
//   streams on every instance (`event: revoked`, "You no longer have access"), and nothing
//   written after it reaches them;
// - one account opened hundreds of live streams and exhausted the database pool. Rule: at most
//   MAX_STREAMS_PER_USER open streams per person, counted across instances: 429 + Retry-After;
// - expensive routes had no per-person limit. Rule: past a policy's budget, 429 + Retry-After
//   and a JSON error in words, counted across instances.
import type { APIRequestContext, Browser, Page } from "@playwright/test";
import { MAX_STREAMS_PER_USER } from "@/lib/live/stream-cap";
import { RATE_LIMIT_POLICIES } from "@/lib/rate-limits/policies";
import { SECOND_INSTANCE_URL } from "../playwright.config";
import { apiClient, expect, signIn, test, type Desk } from "./fixtures/desk";

// Three people signing in on two instances, and 20 streams, take longer than one journey.
test.describe.configure({ timeout: 60_000 });

const PARADE = "In 2017, the two countries held their first joint military parade";
const TITLE = "Who Is Friends With North Korea";

const articleIdOf = (desk: Desk) => desk.articles[Object.keys(desk.articles).find((s) => s.includes("friends-with"))!]!;

async function openArticle(browser: Browser, email: string, baseURL: string): Promise<Page> {
  const page = await (await browser.newContext({ baseURL })).newPage();
  await signIn(page, email);
  await page.getByRole("link", { name: TITLE, exact: true }).click();
  await expect(page.locator(".live-status")).toHaveText("Live");
  return page;
}

/** Opens the article's event stream from inside `page` and records every byte it receives. */
async function recordStream(page: Page, articleId: string, after: string) {
  await page.evaluate(
    async ({ url }) => {
      const w = window as unknown as { recorded: string; recordedEnd: boolean };
      w.recorded = "";
      w.recordedEnd = false;
      const response = await fetch(url);
      const reader = response.body!.getReader();
      const decoder = new TextDecoder();
      void (async () => {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          w.recorded += decoder.decode(value, { stream: true });
        }
        w.recordedEnd = true;
      })();
    },
    { url: `/api/v1/articles/${articleId}/events?after=${after}` },
  );
  return {
    text: () => page.evaluate(() => (window as unknown as { recorded: string }).recorded),
    ended: () => page.evaluate(() => (window as unknown as { recordedEnd: boolean }).recordedEnd),
  };
}

const userIdOf = async (desk: Desk, email: string) =>
  (await desk.db.user.findUniqueOrThrow({ where: { email }, select: { id: true } })).id;

test("a member removed on one instance stops receiving on the other at once, and is told so", async ({
  browser,
  baseURL,
  desk,
}) => {
  const articleId = articleIdOf(desk);
  const last = await desk.db.auditEvent.findFirst({ where: { articleId }, orderBy: { id: "desc" } });
  // Rea and Sam read the article on instance B; the owner and the editor work on instance A.
  const rea = await openArticle(browser, desk.emails.reviewer, SECOND_INSTANCE_URL);
  const sam = await openArticle(browser, desk.emails.secondReviewer, SECOND_INSTANCE_URL);
  const recorded = await recordStream(rea, articleId, (last?.id ?? 0n).toString());
  await expect.poll(recorded.text).toContain("event: presence");

  const owner = await apiClient(baseURL!, desk.emails.owner);
  const removed = await owner.delete(
    `/api/v1/workspaces/${desk.slug}/members/${await userIdOf(desk, desk.emails.reviewer)}`,
  );
  expect(removed.status()).toBe(204);
  await expect(rea.locator(".live-status")).toHaveText("You no longer have access", { timeout: 2_000 });
  await expect.poll(recorded.ended, { timeout: 2_000 }).toBe(true);

  // Written after the removal: Sam (still a member, same instance as Rea) sees it; Rea does not.
  const editor = await apiClient(baseURL!, desk.emails.editor);
  const article = await desk.db.article.findUniqueOrThrow({ where: { id: articleId }, select: { text: true } });
  const start = article.text.indexOf(PARADE);
  const created = await editor.post(`/api/v1/articles/${articleId}/claims`, {
    data: { start, end: start + PARADE.length, exact: PARADE },
  });
  expect(created.status()).toBe(201);
  await expect(sam.locator(".article-text mark", { hasText: "In 2017" })).toHaveCount(1, { timeout: 2_000 });
  await rea.waitForTimeout(1_000);
  const seen = await recorded.text();
  expect(seen).toContain("event: revoked");
  expect(seen).not.toContain("event: change");
  await expect(rea.locator(".article-text mark", { hasText: "In 2017" })).toHaveCount(0);
  await expect(rea.locator(".live-status")).toHaveText("You no longer have access");
  // Reopening is refused: they are an outsider now.
  const reopened = await rea.evaluate(async (url) => (await fetch(url)).status, `/api/v1/articles/${articleId}/events`);
  expect(reopened).toBe(404);
  await Promise.all([owner.dispose(), editor.dispose()]);
});

/** Opens an event stream outside a browser with `request`'s session; resolves once headers arrive. */
async function openStream(request: APIRequestContext, baseURL: string, articleId: string, signal: AbortSignal) {
  const { cookies } = await request.storageState();
  const cookie = cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  return fetch(`${baseURL}/api/v1/articles/${articleId}/events`, { headers: { cookie }, signal });
}

test("a person holding the maximum of open live streams, across instances, is refused with 429", async ({
  baseURL,
  desk,
}) => {
  const articleId = articleIdOf(desk);
  const first = baseURL!;
  const viewer = await apiClient(first, desk.emails.viewer);
  const abort = new AbortController();
  try {
    // Half on each instance: the count is shared.
    const opened = await Promise.all(
      Array.from({ length: MAX_STREAMS_PER_USER }, (_, i) =>
        openStream(viewer, i % 2 ? SECOND_INSTANCE_URL : first, articleId, abort.signal),
      ),
    );
    expect(opened.map((response) => response.status)).toEqual(opened.map(() => 200));

    for (const base of [first, SECOND_INSTANCE_URL]) {
      const refused = await openStream(viewer, base, articleId, abort.signal);
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
      const body = (await refused.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe("RATE_LIMITED");
      expect(body.error.message).toMatch(/^Too many live views open: .* try again in \d+ seconds$/);
    }
    // Someone else on the desk is not affected.
    const editor = await apiClient(first, desk.emails.editor);
    const other = await openStream(editor, first, articleId, abort.signal);
    expect(other.status).toBe(200);
    await editor.dispose();
  } finally {
    abort.abort();
  }
  // Closed streams give their places back.
  await expect
    .poll(() => desk.db.liveStream.count({ where: { user: { email: desk.emails.viewer } } }), { timeout: 5_000 })
    .toBe(0);
  const again = new AbortController();
  expect((await openStream(viewer, first, articleId, again.signal)).status).toBe(200);
  again.abort();
  await viewer.dispose();
});

test("past an expensive route's budget the next request is 429 with Retry-After, on either instance", async ({
  baseURL,
  desk,
}) => {
  const first = baseURL!;
  const editor = await apiClient(first, desk.emails.editor);
  const second = await apiClient(SECOND_INSTANCE_URL, desk.emails.editor);
  const url = `/api/v1/workspaces/${desk.slug}/articles/preview`;
  const data = { format: "markdown", content: "# Talks resume\n\nDelegations met in Geneva on Friday." };
  const { points } = RATE_LIMIT_POLICIES.import;
  for (let i = 0; i < points; i++) {
    const reply = await (i % 2 ? second : editor).post(url, { data });
    expect(reply.status(), `request ${i + 1}`).toBe(200);
  }
  for (const client of [editor, second]) {
    const refused = await client.post(url, { data });
    expect(refused.status()).toBe(429);
    const retryAfter = Number(refused.headers()["retry-after"]);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(await refused.json()).toEqual({
      error: { code: "RATE_LIMITED", message: expect.stringMatching(/^Too many imports: try again in \d+ seconds?$/) },
    });
  }
  // Another person's budget is their own.
  const owner = await apiClient(first, desk.emails.owner);
  expect((await owner.post(url, { data })).status()).toBe(200);
  await Promise.all([editor.dispose(), second.dispose(), owner.dispose()]);
});

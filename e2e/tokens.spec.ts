// Personal access tokens end to end: a reviewer creates one on the tokens page, a script then
// lists and marks claims with `Authorization: Bearer`, cannot reach the reviewer's other
// workspace (404), and gets 401 once the token is revoked.
import { request as playwrightRequest } from "@playwright/test";
import { createDesk, expect, signIn, test } from "./fixtures/desk";

test("a token made in the UI works over the API in its workspace only, until revoked", async ({
  page,
  desk,
  baseURL,
}) => {
  const other = await createDesk(desk.db);
  const reviewer = await desk.db.user.findUniqueOrThrow({ where: { email: desk.emails.reviewer } });
  const otherWorkspace = await desk.db.workspace.findUniqueOrThrow({ where: { slug: other.slug } });
  await desk.db.membership.create({ data: { workspaceId: otherWorkspace.id, userId: reviewer.id, role: "EDITOR" } });

  await signIn(page, desk.emails.reviewer);
  await page.goto(`/w/${desk.slug}/tokens`);
  await page.getByLabel("Name").fill("Newsroom script");
  await page.getByRole("button", { name: "Create token" }).click();
  const secret = (await page.getByLabel("New token").textContent())!.trim();
  expect(secret).toMatch(/^fmk_/);
  await expect(page.getByRole("row", { name: /Newsroom script/ })).toContainText(secret.slice(0, 10));

  const script = await playwrightRequest.newContext({
    baseURL,
    extraHTTPHeaders: { authorization: `Bearer ${secret}` },
  });
  const articleId = Object.entries(desk.articles).find(([slug]) => slug.includes("who-is-friends"))![1];
  const listed = await script.get(`/api/v1/articles/${articleId}/claims?limit=5`);
  expect(listed.status()).toBe(200);
  expect(await listed.json()).toMatchObject({ claims: [], nextCursor: null });

  const { text } = await desk.db.article.findUniqueOrThrow({ where: { id: articleId } });
  const exact = "North Korea";
  const start = text.indexOf(exact);
  const created = await script.post(`/api/v1/articles/${articleId}/claims`, {
    data: { start, end: start + exact.length, exact },
  });
  expect(created.status(), await created.text()).toBe(201);
  expect(((await created.json()) as { claim: { createdBy: { id: string } } }).claim.createdBy.id).toBe(reviewer.id);
  const articles = await script.get(`/api/v1/workspaces/${desk.slug}/articles`);
  expect(((await articles.json()) as { articles: unknown[] }).articles.length).toBeGreaterThan(0);

  // The reviewer is an editor over there, but the token was made for this workspace only.
  const otherArticle = Object.values(other.articles)[0]!;
  expect((await script.get(`/api/v1/workspaces/${other.slug}/articles`)).status()).toBe(404);
  expect((await script.get(`/api/v1/articles/${otherArticle}/claims`)).status()).toBe(404);
  // A token cannot mint tokens.
  expect((await script.post(`/api/v1/workspaces/${desk.slug}/tokens`, { data: { name: "child" } })).status()).toBe(403);

  page.on("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Done" }).click();
  await page.getByRole("button", { name: /Revoke Newsroom script/ }).click();
  await expect(page.getByRole("row", { name: /Newsroom script/ })).toContainText("Revoked");

  const refused = await script.get(`/api/v1/articles/${articleId}/claims`);
  expect(refused.status()).toBe(401);
  expect(((await refused.json()) as { error: { message: string } }).error.message).toBe(
    "The access token has been revoked",
  );
  const unknown = await playwrightRequest.newContext({
    baseURL,
    extraHTTPHeaders: { authorization: "Bearer fmk_nope" },
  });
  expect((await unknown.get(`/api/v1/workspaces/${desk.slug}/articles`)).status()).toBe(401);
  await script.dispose();
  await unknown.dispose();
});

test("the API documents itself: OpenAPI 3.1 JSON and a readable page", async ({ page, baseURL }) => {
  const anonymous = await playwrightRequest.newContext({ baseURL });
  const document = (await (await anonymous.get("/api/v1/openapi.json")).json()) as { openapi: string; paths: object };
  expect(document.openapi).toMatch(/^3\.1\./);
  expect(Object.keys(document.paths)).toContain("/api/v1/workspaces/{workspaceSlug}/tokens");
  await page.goto("/docs");
  await expect(page.getByRole("heading", { name: "Factmark API" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Tokens", exact: true })).toBeVisible();
  await anonymous.dispose();
});

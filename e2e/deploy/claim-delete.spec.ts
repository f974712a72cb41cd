// Bug: a reviewer deleting their own claim deleted other people's evidence and comments on it,
// which they may not delete directly. Rule: that is an editor's decision; the reviewer gets a 409
// saying so, in the API and in the claim panel, and nothing is deleted.
import { apiClient, expect, signIn, test } from "../fixtures/desk";

const EXACT = "In 2017, the two countries held their first joint military parade";

test("a reviewer cannot delete a claim carrying someone else's evidence; an editor can", async ({
  page,
  desk,
  baseURL,
}) => {
  test.setTimeout(90_000); // three API clients and a browser on a shared machine
  const [slug, articleId] = Object.entries(desk.articles).find(([s]) => s.includes("who-is-friends"))!;
  const { text } = await desk.db.article.findUniqueOrThrow({ where: { id: articleId } });
  const start = text.indexOf(EXACT);
  const reviewer = await apiClient(baseURL!, desk.emails.reviewer);
  const created = await reviewer.post(`/api/v1/articles/${articleId}/claims`, {
    data: { start, end: start + EXACT.length, exact: EXACT },
  });
  expect(created.status()).toBe(201);
  const { claim } = (await created.json()) as { claim: { id: string } };
  const other = await apiClient(baseURL!, desk.emails.secondReviewer);
  expect(
    (await other.post(`/api/v1/claims/${claim.id}/evidence`, { data: { stance: "refutes", note: "Mine" } })).status(),
  ).toBe(201);

  const refused = await reviewer.delete(`/api/v1/claims/${claim.id}`);
  expect(refused.status()).toBe(409);
  expect(((await refused.json()) as { error: { message: string } }).error.message).toBe(
    "This claim has evidence or comments by other people; ask an editor to delete it",
  );

  await signIn(page, desk.emails.reviewer);
  await page.goto(`/w/${desk.slug}/articles/${slug}?claim=${claim.id}`);
  page.on("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Remove claim" }).click();
  await expect(page.locator(".claim-panel .form-error")).toHaveText(
    "This claim has evidence or comments by other people; ask an editor to delete it",
  );
  expect(await desk.db.evidence.count({ where: { claimId: claim.id } })).toBe(1);

  const editor = await apiClient(baseURL!, desk.emails.editor);
  expect((await editor.delete(`/api/v1/claims/${claim.id}`)).status()).toBe(204);
  expect(await desk.db.claim.findUnique({ where: { id: claim.id } })).toBeNull();
});

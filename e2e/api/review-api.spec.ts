// The HTTP surface against the real server and database: status codes, error bodies that name
// the field, authorisation from the session, and no write when a request is refused.
import type { APIRequestContext } from "@playwright/test";
import { apiClient, createDesk, expect, test, type Desk } from "../fixtures/desk";

const PARADE = "In 2017, the two countries held their first joint military parade";

async function selection(desk: Desk, slugPart: string, exact: string) {
  const articleId = Object.entries(desk.articles).find(([slug]) => slug.includes(slugPart))![1];
  const { text } = await desk.db.article.findUniqueOrThrow({ where: { id: articleId } });
  const start = text.indexOf(exact);
  return { articleId, body: { start, end: start + exact.length, exact } };
}

async function expectError(response: Awaited<ReturnType<APIRequestContext["post"]>>, status: number, field?: string) {
  expect(response.status()).toBe(status);
  const body = (await response.json()) as { error: { code: string; message: string; field?: string } };
  expect(body.error.message.length).toBeGreaterThan(0);
  if (field) {
    expect(body.error.field).toBe(field);
    expect(body.error.message).toContain(field);
  }
  return body.error;
}

test("the review loop over HTTP, with every refusal naming its field", async ({ desk, baseURL }) => {
  const reviewer = await apiClient(baseURL!, desk.emails.reviewer);
  const { articleId, body } = await selection(desk, "who-is-friends", PARADE);

  const created = await reviewer.post(`/api/v1/articles/${articleId}/claims`, { data: body });
  expect(created.status()).toBe(201);
  const { claim } = (await created.json()) as { claim: { id: string; prefix: string; version: number } };

  await expectError(await reviewer.post(`/api/v1/articles/${articleId}/claims`, { data: body }), 409);
  await expectError(
    await reviewer.post(`/api/v1/articles/${articleId}/claims`, { data: { ...body, exact: "something else" } }),
    422,
    "exact",
  );
  await expectError(
    await reviewer.post(`/api/v1/articles/${articleId}/claims`, { data: { ...body, start: -1 } }),
    422,
    "start",
  );
  await expectError(
    await reviewer.post(`/api/v1/articles/${articleId}/claims`, { data: { ...body, end: 99_999_999 } }),
    422,
    "end",
  );
  await expectError(
    await reviewer.post(`/api/v1/articles/${articleId}/claims`, { data: { ...body, colour: "red" } }),
    422,
    "colour",
  );
  await expectError(
    await reviewer.post(`/api/v1/articles/${articleId}/claims`, {
      headers: { "content-type": "application/json" },
      data: "{not json",
    }),
    422,
    "body",
  );
  await expectError(await reviewer.post(`/api/v1/articles/nope/claims`, { data: body }), 404);

  const verdictUrl = `/api/v1/claims/${claim.id}/verdict`;
  await expectError(await reviewer.put(verdictUrl, { data: { verdict: "false" } }), 422, "verdict");
  await expectError(await reviewer.put(verdictUrl, { data: { verdict: "contradicted" } }), 422, "rationale");
  const judged = await reviewer.put(verdictUrl, {
    data: { verdict: "contradicted", rationale: "No joint parade in 2017", expectedVersion: 1 },
  });
  expect(judged.status()).toBe(200);
  await expectError(await reviewer.put(verdictUrl, { data: { verdict: "verified", expectedVersion: 1 } }), 409);

  const evidenceUrl = `/api/v1/claims/${claim.id}/evidence`;
  await expectError(
    await reviewer.post(evidenceUrl, { data: { url: "javascript:alert(1)", stance: "refutes" } }),
    422,
    "url",
  );
  await expectError(
    await reviewer.post(evidenceUrl, { data: { note: "x".repeat(5_001), stance: "refutes" } }),
    422,
    "note",
  );
  await expectError(
    await reviewer.post(evidenceUrl, {
      headers: { "content-type": "application/json" },
      data: JSON.stringify({ note: "x".repeat(70_000), stance: "refutes" }),
    }),
    413,
    "body",
  );
  const added = await reviewer.post(evidenceUrl, {
    data: { url: "https://example.org/parade", excerpt: "<script>alert(1)</script>", stance: "refutes" },
  });
  expect(added.status()).toBe(201);

  const detail = (await (await reviewer.get(`/api/v1/claims/${claim.id}`)).json()) as {
    claim: { verdict: string; evidence: { excerpt: string }[]; history: { to: string }[] };
  };
  expect(detail.claim.verdict).toBe("contradicted");
  expect(detail.claim.evidence[0]!.excerpt).toBe("<script>alert(1)</script>");
  expect(detail.claim.history.map((h) => h.to)).toEqual(["contradicted"]);
});

test("the session decides who may do what; refusals write nothing", async ({ desk, baseURL }) => {
  const { articleId, body } = await selection(desk, "friends-and-comrades", "diplomatic relations with 162 countries");
  const countClaims = () => desk.db.claim.count({ where: { articleId } });

  const anonymous = await apiClient(baseURL!);
  await expectError(await anonymous.post(`/api/v1/articles/${articleId}/claims`, { data: body }), 401);
  await expectError(await anonymous.get(`/api/v1/articles/${articleId}/claims`), 401);

  const viewer = await apiClient(baseURL!, desk.emails.viewer);
  expect((await viewer.get(`/api/v1/articles/${articleId}/claims`)).status()).toBe(200);
  await expectError(await viewer.post(`/api/v1/articles/${articleId}/claims`, { data: body }), 403);
  expect(await countClaims()).toBe(0);

  const reviewer = await apiClient(baseURL!, desk.emails.reviewer);
  const { claim } = (await (await reviewer.post(`/api/v1/articles/${articleId}/claims`, { data: body })).json()) as {
    claim: { id: string };
  };
  await expectError(await viewer.put(`/api/v1/claims/${claim.id}/verdict`, { data: { verdict: "verified" } }), 403);
  await expectError(await viewer.delete(`/api/v1/claims/${claim.id}`), 403);

  // A member of another workspace cannot tell the claim exists.
  const otherDesk = await createDesk(desk.db);
  const outsider = await apiClient(baseURL!, otherDesk.emails.owner);
  await expectError(await outsider.get(`/api/v1/claims/${claim.id}`), 404);
  await expectError(await outsider.get(`/api/v1/articles/${articleId}/claims`), 404);
  await expectError(await outsider.put(`/api/v1/claims/${claim.id}/verdict`, { data: { verdict: "verified" } }), 404);
  await expectError(await outsider.delete(`/api/v1/claims/${claim.id}`), 404);
  const stored = await desk.db.claim.findUniqueOrThrow({ where: { id: claim.id } });
  expect(stored.verdict).toBe("UNREVIEWED");
  expect(await countClaims()).toBe(1);
});

// Rule: an evidence source is an http(s) web address or nothing. Other reviewers click these
// links, so javascript:, data:, vbscript: and every other scheme is a 422 naming "url", on add and
// on edit, and nothing is written; a web address is stored in its normalised form.
import fc from "fast-check";
import { expect, expectRefusedUnchanged, snapshotDesk, test } from "../fixtures/hostile-http";
import { routeNamed } from "../fixtures/hostile-routes";
import { BAD_URLS, otherSchemeUrl, runs } from "../fixtures/hostile-values";

const addEvidence = routeNamed("addEvidence");
const updateEvidence = routeNamed("updateEvidence");

test("every non-web address is refused on add and on edit", async ({ desk, hostile, targets }) => {
  const reviewer = await hostile.as(desk.emails.reviewer);
  const before = await snapshotDesk(desk);
  for (const url of BAD_URLS) {
    const body = { url, title: "Source", note: "so the body has content", stance: "refutes" };
    const added = await hostile.send(reviewer, "POST", addEvidence.url(targets.claimId), { json: body });
    await expectRefusedUnchanged(desk, before, added, { status: 422, field: "url" }, `add ${JSON.stringify(url)}`);
    const edited = await hostile.send(reviewer, "PUT", updateEvidence.url(targets.evidenceId), { json: body });
    await expectRefusedUnchanged(desk, before, edited, { status: 422, field: "url" }, `edit ${JSON.stringify(url)}`);
  }
});

test("any scheme but http and https is refused", async ({ desk, hostile, targets }) => {
  const reviewer = await hostile.as(desk.emails.reviewer);
  const before = await snapshotDesk(desk);
  await fc.assert(
    fc.asyncProperty(otherSchemeUrl, async (url) => {
      const reply = await hostile.send(reviewer, "POST", addEvidence.url(targets.claimId), {
        json: { url, excerpt: "quoted", stance: "supports" },
      });
      await expectRefusedUnchanged(desk, before, reply, { status: 422, field: "url" }, JSON.stringify(url));
    }),
    runs(15),
  );
});

test("web addresses, odd ones included, are stored normalised", async ({ desk, hostile, targets }) => {
  const reviewer = await hostile.as(desk.emails.reviewer);
  const odd = [
    'HTTPS://EXAMPLE.ORG/Ünïcode?q=<script>alert(1)</script>#"><svg onload=alert(1)>',
    "https://example.org/'\"><img src=x onerror=alert(1)>",
    "  https://example.org/padded  ",
    "https:example.org/no-slashes",
    "http://user:pass@example.org:8080/path",
    "https://xn--80ak6aa92e.com/",
    "https://пример.рф/путь",
  ];
  const urls = fc.oneof(fc.constantFrom(...odd), fc.webUrl({ withQueryParameters: true, withFragments: true }));
  await fc.assert(
    fc.asyncProperty(urls, async (url) => {
      const reply = await hostile.send(reviewer, "POST", addEvidence.url(targets.claimId), {
        json: { url, stance: "context" },
      });
      expect(reply.status, `${url} → ${reply.text}`).toBe(201);
      const stored = (reply.json.evidence as { url: string }).url;
      expect(stored).toBe(new URL(url.trim()).href);
      expect(["http:", "https:"]).toContain(new URL(stored).protocol);
    }),
    runs(15),
  );
});

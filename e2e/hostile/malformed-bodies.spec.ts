// Rule: a body that is not one JSON object of at most 64 KB, sent as application/json, is refused
// with 4xx naming "body" (413 when too large), before anything is read from or written to the
// database. Requests come from the desk's owner, who may do everything, so only the body is at fault.
import { request as httpRequest } from "node:http";
import fc from "fast-check";
import { expectRefusedUnchanged, snapshotDesk, test, toReply, type Reply } from "../fixtures/hostile-http";
import { BODY_ROUTES, routeNamed, validRequest } from "../fixtures/hostile-routes";
import { runs } from "../fixtures/hostile-values";

const MAX_BODY_BYTES = 64 * 1024;

const MALFORMED_JSON = [
  "",
  " ",
  "{",
  "{not json",
  "{'start': 1}",
  '{"start": 1,}',
  '{"start": 01}',
  '{"start": 0x10}',
  '{"start": NaN}',
  '{"verdict": "verified"}}',
  '{"note": "unterminated}',
  '{"note": "bad escape \\x41"}',
  "undefined",
  "<xml/>",
  "\u0000",
];

const isJson = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

test("malformed JSON is refused naming the body", async ({ desk, hostile, targets }) => {
  const owner = await hostile.as(desk.emails.owner);
  const before = await snapshotDesk(desk);
  const malformed = fc.oneof(
    fc.constantFrom(...MALFORMED_JSON),
    fc.string({ maxLength: 30 }).filter((s) => !isJson(s)),
  );
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...BODY_ROUTES), malformed, async (route, raw) => {
      const reply = await hostile.send(owner, route.method, validRequest(route, targets).url, {
        raw,
        contentType: "application/json",
      });
      await expectRefusedUnchanged(
        desk,
        before,
        reply,
        { status: 422, field: "body" },
        `${route.name} ${JSON.stringify(raw)}`,
      );
    }),
    runs(25),
  );
});

test("JSON that is not an object is refused naming the body", async ({ desk, hostile, targets }) => {
  const owner = await hostile.as(desk.emails.owner);
  const before = await snapshotDesk(desk);
  const notAnObject = fc
    .jsonValue({ maxDepth: 2 })
    .filter((v) => typeof v !== "object" || v === null || Array.isArray(v));
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...BODY_ROUTES), notAnObject, async (route, value) => {
      const reply = await hostile.send(owner, route.method, validRequest(route, targets).url, { json: value });
      await expectRefusedUnchanged(
        desk,
        before,
        reply,
        { status: 422, field: "body" },
        `${route.name} ${JSON.stringify(value)}`,
      );
    }),
    runs(15),
  );
});

// A cross-site form can only send these types without a CORS preflight: refusing them is also
// what keeps the cookie-authenticated API safe from CSRF.
const WRONG_TYPES = [
  "",
  "text/plain",
  "text/plain; charset=utf-8",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=x",
  "text/json",
  "application/xml",
  "application/octet-stream",
  "*/*",
];

test("a valid body under any content type but JSON is refused on every route", async ({ desk, hostile, targets }) => {
  const owner = await hostile.as(desk.emails.owner);
  const before = await snapshotDesk(desk);
  for (const route of BODY_ROUTES) {
    const { url, body } = validRequest(route, targets);
    for (const contentType of WRONG_TYPES) {
      const reply = await hostile.send(owner, route.method, url, { raw: JSON.stringify(body), contentType });
      await expectRefusedUnchanged(
        desk,
        before,
        reply,
        { status: 422, field: "body" },
        `${route.name} as ${contentType}`,
      );
    }
    const form = new URLSearchParams(body as Record<string, string>).toString();
    const asForm = await hostile.send(owner, route.method, url, {
      raw: form,
      contentType: "application/x-www-form-urlencoded",
    });
    await expectRefusedUnchanged(desk, before, asForm, { status: 422, field: "body" }, `${route.name} as a form`);
  }
});

test("bodies past each route's limit (64 KB for most) are refused with 413, declared or streamed", async ({
  desk,
  hostile,
  targets,
  baseURL,
}) => {
  const owner = await hostile.as(desk.emails.owner);
  const before = await snapshotDesk(desk);
  for (const route of BODY_ROUTES) {
    const { url, body } = validRequest(route, targets);
    const limit = route.maxBodyBytes ?? MAX_BODY_BYTES;
    const json = JSON.stringify({ ...body, padding: "" });
    const padded = (bytes: number) =>
      json.replace('"padding":""', `"padding":"${"x".repeat(bytes - Buffer.byteLength(json))}"`);

    const tooBig = await hostile.send(owner, route.method, url, {
      raw: padded(limit + 1),
      contentType: "application/json",
    });
    await expectRefusedUnchanged(desk, before, tooBig, { status: 413, field: "body" }, `${route.name} limit + 1`);
    // At the limit the size is fine, and the unknown padding field is what gets refused.
    const atLimit = await hostile.send(owner, route.method, url, {
      raw: padded(limit),
      contentType: "application/json",
    });
    await expectRefusedUnchanged(
      desk,
      before,
      atLimit,
      { status: 422, field: "padding" },
      `${route.name} at the limit`,
    );
    const megabytes = await hostile.send(owner, route.method, url, {
      raw: padded(3 * 1024 * 1024),
      contentType: "application/json",
    });
    await expectRefusedUnchanged(desk, before, megabytes, { status: 413, field: "body" }, `${route.name} 3 MB`);
  }
  // Chunked, with no Content-Length to refuse up front: the server must stop reading at the limit.
  const route = BODY_ROUTES.find((r) => !r.maxBodyBytes)!;
  const streamed = await hostile.sendOutside(() =>
    sendChunked(new URL(validRequest(route, targets).url, baseURL), route.method, 80 * 1024),
  );
  await expectRefusedUnchanged(desk, before, streamed, { status: 413, field: "body" }, "streamed 80 KB");
});

test("deep nesting, duplicate keys and other encodings are refused, not crashed on", async ({
  desk,
  hostile,
  targets,
}) => {
  const owner = await hostile.as(desk.emails.owner);
  const before = await snapshotDesk(desk);
  const { url } = validRequest(routeNamed("addEvidence"), targets);
  const deep = (n: number) => "[".repeat(n) + "]".repeat(n);
  const cases: [label: string, raw: string, field: string][] = [
    ["top-level nesting", deep(30_000), "body"],
    ["nested in a field", `{"note":${deep(30_000)},"stance":"context"}`, "note"],
    ["nested in an unknown field", `{"note":"n","stance":"context","x":${deep(30_000)}}`, "x"],
    ["duplicate keys, the last one bad", '{"note":"n","stance":"refutes","stance":"bogus"}', "stance"],
    ["a number too large for a double", '{"note":"n","stance":"context","title":1e999}', "title"],
  ];
  for (const [label, raw, field] of cases) {
    const reply = await hostile.send(owner, "POST", url, { raw, contentType: "application/json" });
    await expectRefusedUnchanged(desk, before, reply, { status: 422, field }, label);
  }
  const utf16 = Buffer.from(JSON.stringify({ note: "n", stance: "context" }), "utf16le");
  const reply = await hostile.send(owner, "POST", url, { raw: utf16, contentType: "application/json; charset=utf-16" });
  await expectRefusedUnchanged(desk, before, reply, { status: 422, field: "body" }, "UTF-16");
});

/** Streams `bytes` of a JSON string with Transfer-Encoding: chunked, anonymously (the size is checked first). */
function sendChunked(url: URL, method: string, bytes: number): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method, headers: { "content-type": "application/json" } }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (text += chunk));
      res.on("end", () => resolve(toReply(res.statusCode ?? 0, res.headers, text)));
    });
    req.on("error", reject);
    req.write('{"note":"');
    for (let sent = 0; sent < bytes; sent += 8 * 1024) req.write("x".repeat(8 * 1024));
    req.end('","stance":"context"}');
  });
}

// Rule: every body field is checked at the edge. A wrong type, a missing required field, an
// unknown field or an unknown enum value is a 422 whose `error.field` names the field and whose
// message starts with it, and nothing is written. Requests come from the desk's owner.
import fc from "fast-check";
import {
  collectRefusal,
  expect,
  expectDeskUnchanged,
  expectRefusedUnchanged,
  snapshotDesk,
  test,
} from "../fixtures/hostile-http";
import { BODY_ROUTES, routeNamed, validRequest, type HostileRoute } from "../fixtures/hostile-routes";
import { nearMisses, PROTOTYPE_NAMES, runs, unknownFieldName, wrongTypeFor } from "../fixtures/hostile-values";

const routeAndField = fc
  .constantFrom(...BODY_ROUTES)
  .chain((route) => fc.tuple(fc.constant(route), fc.constantFrom(...route.fields)));

const describeRequest = (route: HostileRoute, body: unknown) => `${route.name} ${JSON.stringify(body)}`;

test("a value of the wrong type in any field is refused naming that field", async ({ desk, hostile, targets }) => {
  const owner = await hostile.as(desk.emails.owner);
  const before = await snapshotDesk(desk);
  const cases = routeAndField.chain(([route, field]) =>
    fc.tuple(fc.constant(route), fc.constant(field), wrongTypeFor(field)),
  );
  await fc.assert(
    fc.asyncProperty(cases, async ([route, field, value]) => {
      const { url, body } = validRequest(route, targets);
      const sent = { ...body, [field.name]: value };
      const reply = await hostile.send(owner, route.method, url, { json: sent });
      await expectRefusedUnchanged(
        desk,
        before,
        reply,
        { status: 422, field: field.name },
        describeRequest(route, sent),
      );
    }),
    runs(45),
  );
});

test("an unknown value of any enumeration (verdict, stance, role, format) is refused naming the field", async ({
  desk,
  hostile,
  targets,
}) => {
  const owner = await hostile.as(desk.emails.owner);
  const before = await snapshotDesk(desk);
  const enums = BODY_ROUTES.flatMap((route) =>
    route.fields.filter((f) => f.values).map((f) => [route, f.name, f.values!] as const),
  );
  expect(enums.map(([, name]) => name)).toEqual(expect.arrayContaining(["verdict", "stance", "role", "format"]));
  const cases = fc.constantFrom(...enums).chain(([route, name, values]) =>
    fc.tuple(
      fc.constant(route),
      fc.constant(name),
      fc
        .oneof(
          fc.string({ maxLength: 15 }),
          fc.string({ unit: "grapheme", maxLength: 5 }),
          fc.constantFrom(...nearMisses(values)),
        )
        .filter((s) => !values.includes(s)),
    ),
  );
  await fc.assert(
    fc.asyncProperty(cases, async ([route, name, value]) => {
      const { url, body } = validRequest(route, targets);
      const sent = { ...body, [name]: value };
      const reply = await hostile.send(owner, route.method, url, { json: sent });
      await expectRefusedUnchanged(desk, before, reply, { status: 422, field: name }, describeRequest(route, sent));
    }),
    runs(15),
  );
});

test("a missing required field is refused naming it, on every route", async ({ desk, hostile, targets }) => {
  const owner = await hostile.as(desk.emails.owner);
  const before = await snapshotDesk(desk);
  for (const route of BODY_ROUTES) {
    const { url, body } = validRequest(route, targets);
    for (const field of route.fields.filter((f) => f.isRequired)) {
      const sent: Record<string, unknown> = { ...body };
      delete sent[field.name];
      const reply = await hostile.send(owner, route.method, url, { json: sent });
      await expectRefusedUnchanged(
        desk,
        before,
        reply,
        { status: 422, field: field.name },
        describeRequest(route, sent),
      );
    }
    const empty = await hostile.send(owner, route.method, url, { json: {} });
    await expectRefusedUnchanged(desk, before, empty, { status: 422 }, `${route.name} {}`);
  }
  // Evidence needs something to stand on: a URL, an excerpt or a note.
  for (const route of BODY_ROUTES.filter((r) => r.fields.some((f) => f.name === "stance"))) {
    const sent = { url: null, title: "Only a title", excerpt: "   ", stance: "context", note: "" };
    const reply = await hostile.send(owner, route.method, validRequest(route, targets).url, { json: sent });
    await expectRefusedUnchanged(desk, before, reply, { status: 422, field: "url" }, describeRequest(route, sent));
  }
});

test("an unknown field is refused naming it", async ({ desk, hostile, targets }) => {
  const owner = await hostile.as(desk.emails.owner);
  const before = await snapshotDesk(desk);
  const cases = fc
    .constantFrom(...BODY_ROUTES)
    .chain((route) =>
      fc.tuple(fc.constant(route), unknownFieldName(route.fields.map((f) => f.name)), fc.jsonValue({ maxDepth: 2 })),
    );
  await fc.assert(
    fc.asyncProperty(cases, async ([route, name, value]) => {
      const { url, body } = validRequest(route, targets);
      const sent = { ...body, [name]: value };
      const reply = await hostile.send(owner, route.method, url, { json: sent });
      await expectRefusedUnchanged(desk, before, reply, { status: 422, field: name }, describeRequest(route, sent));
    }),
    runs(20),
  );
  for (const [name, value] of [
    ["id", "someone-elses"],
    ["createdById", "me"],
    ["claimId", targets.claimId],
    ["version", 99],
  ] as const) {
    const route = routeNamed("updateEvidence");
    const { url, body } = validRequest(route, targets);
    const reply = await hostile.send(owner, route.method, url, { json: { ...body, [name]: value } });
    await expectRefusedUnchanged(desk, before, reply, { status: 422, field: name }, `${route.name} with ${name}`);
  }
});

// Regression: fromZodError collected field errors in a plain object, so an unknown field named
// like an Object.prototype member ("__proto__", "constructor", …) crashed it into a 500.
// Rule: every unknown field is a 422 naming it, whatever its name.
test("unknown fields named like Object.prototype members are refused, not a 500", async ({
  desk,
  hostile,
  targets,
}) => {
  const owner = await hostile.as(desk.emails.owner);
  const before = await snapshotDesk(desk);
  const problems: string[] = [];
  for (const route of BODY_ROUTES) {
    const { url, body } = validRequest(route, targets);
    for (const name of PROTOTYPE_NAMES) {
      // JSON.parse makes "__proto__" an own key, as a client's JSON would; an object literal would not.
      const raw = JSON.stringify(body).replace(/^\{/, `{${JSON.stringify(name)}:{"polluted":true},`);
      const reply = await hostile.send(owner, route.method, url, { raw, contentType: "application/json" });
      collectRefusal(problems, reply, { status: 422, field: name }, `${route.name} with "${name}"`);
    }
  }
  expect(problems, "each should be a 422 naming the field").toEqual([]);
  await expectDeskUnchanged(desk, before);
});

// Regression: a field sent with the wrong type was reported as "is required", telling the client
// to send a field it had sent. Rule: the message for a wrong type says what was wrong with it.
test("a wrong-typed field is not reported as missing", async ({ desk, hostile, targets }) => {
  const owner = await hostile.as(desk.emails.owner);
  const before = await snapshotDesk(desk);
  const cases: [HostileRoute, string, unknown][] = [
    [routeNamed("createClaim"), "start", "12"],
    [routeNamed("setVerdict"), "rationale", 42],
    [routeNamed("addEvidence"), "note", { text: "a note" }],
  ];
  for (const [route, name, value] of cases) {
    const { url, body } = validRequest(route, targets);
    const reply = await hostile.send(owner, route.method, url, { json: { ...body, [name]: value } });
    await expectRefusedUnchanged(
      desk,
      before,
      reply,
      { status: 422, field: name },
      `${route.name} ${name}=${JSON.stringify(value)}`,
    );
    expect(reply.json.error?.message, `${route.name} ${name}`).not.toContain("is required");
  }
});

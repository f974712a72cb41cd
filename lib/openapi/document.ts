// Builds the OpenAPI 3.1 document from the declared operations (lib/api/operations/). Request
// bodies, query parameters and JSON replies are the operations' own zod schemas turned into JSON
// Schema (OpenAPI 3.1 speaks draft 2020-12), so the documentation cannot drift from what the
// server accepts and answers (the e2e suite holds every JSON reply to its schema).
import { z } from "zod";
import type { Operation } from "@/lib/api/operation";
import { operationList } from "@/lib/api/operations";

type JsonSchema = Record<string, unknown>;

// Requests as "input": what a client sends (before defaults and transforms); replies as "output".
// Transforms cannot be described in JSON Schema, so they read as "any" instead of failing the build.
const toSchema = (schema: z.ZodType, io: "input" | "output" = "input"): JsonSchema => {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, {
    target: "draft-2020-12",
    io,
    unrepresentable: "any",
  }) as JsonSchema;
  return hoistDefinitions(rest);
};

/** Recursive parts of request bodies (a rich-text doc's blocks), named by their title. */
const sharedSchemas: Record<string, JsonSchema> = {};

// zod gives a recursive schema `$defs` with "#/$defs/…" refs, which in an OpenAPI document would
// point at the document's root: they move to components/schemas, under the schema's title.
function hoistDefinitions({ $defs, ...schema }: JsonSchema): JsonSchema {
  if (!$defs) return schema;
  const nameOf = (key: string) => String(($defs as Record<string, JsonSchema>)[key]?.title ?? key);
  const text = JSON.stringify({ schema, $defs }).replace(
    /"#\/\$defs\/([^"]+)"/g,
    (_ref, key: string) => `"#/components/schemas/${nameOf(key)}"`,
  );
  const hoisted = JSON.parse(text) as { schema: JsonSchema; $defs: Record<string, JsonSchema> };
  for (const [key, definition] of Object.entries(hoisted.$defs)) sharedSchemas[nameOf(key)] = definition;
  return hoisted.schema;
}

const errorSchema: JsonSchema = {
  type: "object",
  required: ["error"],
  properties: {
    error: {
      type: "object",
      required: ["code", "message"],
      properties: {
        code: { type: "string", description: "UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT, INVALID_INPUT, …" },
        message: { type: "string", description: "For people: names the field and what is wrong" },
        field: { type: "string" },
        fieldErrors: { type: "object", additionalProperties: { type: "array", items: { type: "string" } } },
      },
    },
  },
};

const STANDARD_ERRORS: Record<number, string> = {
  401: "No session, or an unknown, revoked or expired token",
  404: "Not found, or not in a workspace the caller belongs to",
};

const ACCESS_LABELS: Record<Operation["access"], string> = {
  public: "Anyone",
  "signed-in": "Any signed-in person",
  member: "Any member of the workspace",
  reviewer: "Reviewers, editors and owners",
  editor: "Editors and owners",
  owner: "Owners",
};

function parametersOf(op: Operation) {
  const inPath = [...op.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
    name,
    in: "path",
    required: true,
    schema: { type: "string" },
  }));
  if (!op.query) return inPath;
  const query = toSchema(op.query) as { properties?: Record<string, JsonSchema>; required?: string[] };
  const inQuery = Object.entries(query.properties ?? {}).map(([name, schema]) => ({
    name,
    in: "query",
    required: false,
    description: schema.description,
    schema,
  }));
  return [...inPath, ...inQuery];
}

const errorResponse = (description: string) => ({
  description,
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
});

function successOf(op: Operation): [string, unknown] {
  const { reply } = op;
  switch (reply.kind) {
    case "json":
      return [
        String(reply.status),
        { description: op.summary, content: { "application/json": { schema: toSchema(reply.schema, "output") } } },
      ];
    case "empty":
      return ["204", { description: "Done; no content" }];
    case "file":
      return [
        "200",
        {
          description: "A file to save (Content-Disposition: attachment)",
          content: Object.fromEntries(
            reply.contentTypes.map((type) => [type, { schema: { type: "string", format: "binary" } }]),
          ),
        },
      ];
    case "event-stream":
      return [
        "200",
        { description: "Server-Sent Events", content: { "text/event-stream": { schema: { type: "string" } } } },
      ];
  }
}

function operationOf(op: Operation) {
  const errors: Record<number, string> = { ...(op.access === "public" ? {} : STANDARD_ERRORS), ...op.errors };
  if ((op.body || op.query || op.rawBody) && !errors[422])
    errors[422] = "A field or parameter is invalid; `error.field` names it";
  if (op.method !== "GET" && op.access !== "public" && !errors[403]) errors[403] = "The caller's role may not do this";
  if (op.rateLimit && !errors[429]) errors[429] = "Too many of these requests; Retry-After says when to try again";
  const [status, success] = successOf(op);
  const responses: Record<string, unknown> = { [status]: success };
  for (const [code, description] of Object.entries(errors)) responses[code] = errorResponse(description);
  const examples = op.examples
    ? { examples: Object.fromEntries(Object.entries(op.examples).map(([name, value]) => [name, { value }])) }
    : {};
  const body = op.body
    ? { required: true, content: { "application/json": { schema: toSchema(op.body), ...examples } } }
    : op.rawBody
      ? { required: true, content: { [op.rawBody.contentType]: { schema: { type: "object" }, ...examples } } }
      : undefined;
  return {
    tags: [op.tag],
    summary: op.summary,
    description: `${ACCESS_LABELS[op.access]}${op.isCreatorsOnly ? " (a record's creator, or an editor)" : ""}.`,
    operationId: op.id,
    "x-access": op.access,
    parameters: parametersOf(op),
    ...(body ? { requestBody: body } : {}),
    responses,
    ...(op.access === "public" ? { security: [] } : op.isSessionOnly ? { security: [{ session: [] }] } : {}),
  };
}

/** The OpenAPI 3.1 document of /api/v1. Pure: the same input gives the same document. */
export function buildOpenApiDocument() {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of operationList) (paths[op.path] ??= {})[op.method.toLowerCase()] = operationOf(op);
  return {
    openapi: "3.1.0",
    info: {
      title: "Factmark API",
      version: "1",
      description:
        "Mark claims, give verdicts, attach evidence. Authenticate with the browser session or with " +
        "`Authorization: Bearer <token>` (a personal access token, acting with your role in its one workspace).",
    },
    servers: [{ url: "/" }],
    tags: [...new Set(operationList.map((op) => op.tag))].map((name) => ({ name })),
    security: [{ session: [] }, { bearerToken: [] }],
    paths,
    components: {
      securitySchemes: {
        session: { type: "apiKey", in: "cookie", name: "authjs.session-token", description: "Signed-in browser" },
        bearerToken: { type: "http", scheme: "bearer", description: "Personal access token (fmk_…)" },
      },
      schemas: { Error: errorSchema, ...sharedSchemas },
    },
  };
}

export type OpenApiDocument = ReturnType<typeof buildOpenApiDocument>;

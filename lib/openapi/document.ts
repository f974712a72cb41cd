// Builds the OpenAPI 3.1 document from lib/openapi/routes.ts. Request bodies and query parameters
// are the routes' own zod schemas turned into JSON Schema (OpenAPI 3.1 speaks draft 2020-12), so
// the documentation cannot drift from what the server accepts.
import { z } from "zod";
import { apiOperations, type ApiOperation } from "@/lib/openapi/routes";

type JsonSchema = Record<string, unknown>;

// "input": what a client sends (before defaults and transforms); transforms cannot be
// described in JSON Schema, so they read as "any" instead of failing the build.
const toSchema = (schema: z.ZodType): JsonSchema => {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, {
    target: "draft-2020-12",
    io: "input",
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

function parametersOf(op: ApiOperation) {
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

function operationOf(op: ApiOperation) {
  const responses: Record<string, unknown> = {};
  const statuses = { ...op.responses, ...(op.isPublic ? {} : STANDARD_ERRORS) };
  if (op.body && !statuses[422]) statuses[422] = "The body is invalid; `error.field` names the field";
  if (op.method !== "get" && !op.isPublic && !statuses[403]) statuses[403] = "The caller's role may not do this";
  for (const [status, description] of Object.entries(statuses)) {
    const isError = Number(status) >= 400;
    responses[status] = isError
      ? { description, content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } }
      : { description };
  }
  const body = op.body
    ? { required: true, content: { "application/json": { schema: toSchema(op.body) } } }
    : op.bodyContentType
      ? { required: true, content: { [op.bodyContentType]: { schema: { type: "object" } } } }
      : undefined;
  return {
    tags: [op.tag],
    summary: op.summary,
    operationId: `${op.method}${op.path.replace(/^\/api\/v1/, "").replace(/[^A-Za-z0-9]+(\w)?/g, (_m, c: string = "") => c.toUpperCase())}`,
    parameters: parametersOf(op),
    ...(body ? { requestBody: body } : {}),
    responses,
    ...(op.isPublic ? { security: [] } : {}),
  };
}

/** The OpenAPI 3.1 document of /api/v1. Pure: the same input gives the same document. */
export function buildOpenApiDocument() {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of apiOperations) (paths[op.path] ??= {})[op.method] = operationOf(op);
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
    tags: [...new Set(apiOperations.map((op) => op.tag))].map((name) => ({ name })),
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

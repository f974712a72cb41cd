// The API's documentation is generated from the declared operations, and this keeps the
// declarations whole: a route file under app/api/v1 must serve declared operations only (each at
// its declared method and path), and every declared operation must have its route file.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import type { Operation as ApiOperation } from "@/lib/api/operation";
import { operationList, operations } from "@/lib/api/operations";
import { buildOpenApiDocument } from "@/lib/openapi/document";

const API_DIR = join(process.cwd(), "app/api/v1");

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(path);
    return entry.name === "route.ts" ? [path] : [];
  });
}

/** The parts of an OpenAPI operation these tests read. */
interface Operation {
  responses: Record<string, { description?: string }>;
  parameters: { name: string; in: string }[];
  requestBody?: { content: Record<string, { schema: { type?: string; properties?: Record<string, unknown> } }> };
}

/** app/api/v1/claims/[claimId]/route.ts → its path, and what each exported method serves. */
function describeRouteFile(file: string) {
  const folder = relative(join(process.cwd(), "app"), file).replace(/\/route\.ts$/, "");
  const path = "/" + folder.replace(/\[(\w+)\]/g, "{$1}");
  const source = readFileSync(file, "utf8");
  const exported = [...source.matchAll(/export (?:const|async function|function) (GET|POST|PUT|PATCH|DELETE)\b/g)];
  const served = [...source.matchAll(/export const (GET|POST|PUT|PATCH|DELETE) = serve\(operations\.(\w+)\b/g)];
  return {
    path,
    methods: exported.map(([, method]) => method!),
    served: served.map(([, method, id]) => ({ method: method!, id: id! })),
  };
}

describe("the OpenAPI document", () => {
  const document = buildOpenApiDocument();

  it("has the shape of OpenAPI 3.1", () => {
    expect(document.openapi).toMatch(/^3\.1\.\d+$/);
    expect(document.info.title).toBeTruthy();
    expect(document.info.version).toBeTruthy();
    for (const [path, item] of Object.entries(document.paths)) {
      expect(path).toMatch(/^\/api\/v1\//);
      const operations = Object.entries(item);
      expect(operations.length, path).toBeGreaterThan(0);
      for (const [method, operation] of operations) {
        const op = operation as Operation;
        expect(["get", "post", "put", "delete", "patch"]).toContain(method);
        expect(Object.keys(op.responses).length, `${method} ${path}`).toBeGreaterThan(0);
        for (const response of Object.values(op.responses)) expect(response.description).toBeTruthy();
        const declared = op.parameters.filter((p) => p.in === "path");
        expect(declared.map((p) => p.name).sort()).toEqual([...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort());
      }
    }
  });

  it("gives every request body a JSON schema generated from zod", () => {
    const post = document.paths["/api/v1/articles/{articleId}/claims"]!.post as Operation;
    const schema = post.requestBody!.content["application/json"]!.schema;
    expect(schema).toMatchObject({ type: "object", required: ["start", "end", "exact"], additionalProperties: false });
    for (const item of Object.values(document.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        const body = (operation as Operation).requestBody;
        if (method === "put" || (method === "post" && body)) {
          const [content] = Object.values(body!.content);
          expect(content!.schema.type).toBe("object");
        }
      }
    }
  });

  it("documents rich-text fields, with every $ref resolving inside the document", () => {
    const put = document.paths["/api/v1/claims/{claimId}/verdict"]!.put as Operation;
    const schema = put.requestBody!.content["application/json"]!.schema;
    expect(Object.keys(schema.properties ?? {})).toEqual(["verdict", "rationale", "rationaleDoc", "expectedVersion"]);
    expect(document.components.schemas).toHaveProperty("RichTextBlock");
    const refs = [...JSON.stringify(document).matchAll(/"\$ref":"([^"]+)"/g)].map(([, ref]) => ref!);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of new Set(refs)) {
      const target = ref
        .replace(/^#\//, "")
        .split("/")
        .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], document);
      expect(target, ref).toBeTypeOf("object");
    }
  });

  it("documents pagination as query parameters", () => {
    const get = document.paths["/api/v1/workspaces/{workspaceSlug}/articles"]!.get as Operation;
    const names = get.parameters.map((p) => `${p.in}:${p.name}`);
    expect(names).toEqual(["path:workspaceSlug", "query:limit", "query:cursor"]);
  });

  it("serves every route file's methods from a declared operation at its own method and path", () => {
    const files = routeFiles(API_DIR).map(describeRouteFile);
    expect(files.length).toBeGreaterThan(20);
    const declared: Record<string, ApiOperation> = operations;
    const problems: string[] = [];
    const servedIds: string[] = [];
    for (const file of files) {
      if (file.methods.length === 0) problems.push(`${file.path}: exports no method`);
      for (const method of file.methods) {
        const served = file.served.find((s) => s.method === method);
        const op = served && declared[served.id];
        if (!served) problems.push(`${method} ${file.path}: not served from a declared operation`);
        else if (!op) problems.push(`${method} ${file.path}: serves ${served.id}, which is not declared`);
        else if (op.method !== method || op.path !== file.path)
          problems.push(`${method} ${file.path}: serves ${served.id}, declared as ${op.method} ${op.path}`);
        else servedIds.push(served.id);
      }
    }
    expect(problems).toEqual([]);
    expect(servedIds.sort()).toEqual(Object.keys(operations).sort());
  });

  it("declares operation ids and method + path pairs once", () => {
    const pairs = operationList.map((op) => `${op.method} ${op.path}`);
    expect(new Set(pairs).size).toBe(pairs.length);
    for (const [id, op] of Object.entries(operations)) expect(op.id).toBe(id);
  });

  it("gives every JSON reply a schema, not a description", () => {
    for (const [path, item] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        const responses = (operation as { responses: Record<string, { content?: Record<string, { schema: object }> }> })
          .responses;
        const success = Object.entries(responses).find(([status]) => Number(status) < 300)!;
        const json = success[1].content?.["application/json"];
        if (json) expect(Object.keys(json.schema).length, `${method} ${path}`).toBeGreaterThan(1);
      }
    }
    const claim = document.paths["/api/v1/claims/{claimId}"]!.get as {
      responses: {
        200: { content: { "application/json": { schema: { properties: { claim: { properties: object } } } } } };
      };
    };
    expect(Object.keys(claim.responses[200].content["application/json"].schema.properties.claim.properties)).toEqual(
      expect.arrayContaining(["id", "verdict", "evidence", "history"]),
    );
  });
});

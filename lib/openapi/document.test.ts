// The API's documentation is generated, and this keeps it whole: a route file added under
// app/api/v1 without an entry in lib/openapi/routes.ts fails here, as does a method it exports
// that the document does not describe.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
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

/** app/api/v1/claims/[claimId]/route.ts → /api/v1/claims/{claimId}, with the methods it exports. */
function describeRouteFile(file: string) {
  const folder = relative(join(process.cwd(), "app"), file).replace(/\/route\.ts$/, "");
  const path = "/" + folder.replace(/\[(\w+)\]/g, "{$1}");
  const source = readFileSync(file, "utf8");
  const methods = [...source.matchAll(/export (?:const|async function|function) (GET|POST|PUT|PATCH|DELETE)\b/g)].map(
    ([, method]) => method!.toLowerCase(),
  );
  return { path, methods };
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

  it("describes every route file under app/api/v1 and every method it exports", () => {
    const files = routeFiles(API_DIR);
    expect(files.length).toBeGreaterThan(20);
    const documented = new Set(
      Object.entries(document.paths).flatMap(([path, item]) => Object.keys(item).map((m) => `${m} ${path}`)),
    );
    const missing = files
      .map(describeRouteFile)
      .flatMap(({ path, methods }) => (methods.length ? methods : ["(no method)"]).map((m) => `${m} ${path}`))
      .filter((operation) => !documented.has(operation));
    expect(missing).toEqual([]);
  });
});

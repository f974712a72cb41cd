import "./docs.css";
import type { Metadata } from "next";
import { buildOpenApiDocument } from "@/lib/openapi/document";

export const metadata: Metadata = { title: "API reference" };

// Rendered on the server from the same document as /api/v1/openapi.json: no script, no assets
// from elsewhere, readable offline and in print.
type Operation = {
  tags: string[];
  summary: string;
  operationId: string;
  parameters: { name: string; in: string; required: boolean; description?: unknown; schema: unknown }[];
  requestBody?: { content: Record<string, { schema: unknown }> };
  responses: Record<string, { description: string }>;
  security?: unknown[];
};

const METHODS = ["get", "post", "put", "delete"] as const;

export default function ApiDocsPage() {
  const document = buildOpenApiDocument();
  const operations = Object.entries(document.paths).flatMap(([path, item]) =>
    METHODS.filter((method) => item[method]).map((method) => ({ path, method, op: item[method] as Operation })),
  );
  return (
    <main className="page docs-page">
      <h1 className="page-title">{document.info.title}</h1>
      <p className="muted">
        Version {document.info.version} · OpenAPI {document.openapi} · <a href="/api/v1/openapi.json">openapi.json</a>
      </p>
      <p>{document.info.description}</p>
      <p className="docs-auth">
        Errors are JSON: <code>{`{ "error": { "code", "message", "field"? } }`}</code>. Lists that grow take{" "}
        <code>?limit=</code> (default 100, at most 500) and <code>?cursor=</code> (the previous reply&apos;s{" "}
        <code>nextCursor</code>; null on the last page).
      </p>
      <nav className="docs-toc" aria-label="Sections">
        {document.tags.map((tag) => (
          <a key={tag.name} href={`#tag-${tag.name}`}>
            {tag.name}
          </a>
        ))}
      </nav>
      {document.tags.map((tag) => (
        <section key={tag.name} aria-labelledby={`tag-${tag.name}`}>
          <h2 id={`tag-${tag.name}`}>{tag.name}</h2>
          {operations
            .filter(({ op }) => op.tags.includes(tag.name))
            .map(({ path, method, op }) => (
              <OperationView key={op.operationId} path={path} method={method} op={op} />
            ))}
        </section>
      ))}
    </main>
  );
}

function OperationView({ path, method, op }: { path: string; method: string; op: Operation }) {
  const [body] = Object.entries(op.requestBody?.content ?? {});
  return (
    <article className="docs-op" id={op.operationId}>
      <h3>
        <span className={`docs-method docs-${method}`}>{method.toUpperCase()}</span> <code>{path}</code>
      </h3>
      <p>
        {op.summary}
        {op.security?.length === 0 && <span className="muted"> · no sign-in needed</span>}
      </p>
      {op.parameters.length > 0 && (
        <table className="docs-table">
          <caption>Parameters</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">In</th>
              <th scope="col">Schema</th>
            </tr>
          </thead>
          <tbody>
            {op.parameters.map((param) => (
              <tr key={`${param.in}-${param.name}`}>
                <th scope="row">
                  <code>{param.name}</code>
                  {param.required && <span className="muted"> (required)</span>}
                </th>
                <td>{param.in}</td>
                <td>
                  <code>{JSON.stringify(param.schema)}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {body && (
        <details className="docs-body" open>
          <summary>
            Request body <code>{body[0]}</code>
          </summary>
          <pre>{JSON.stringify(body[1].schema, null, 2)}</pre>
        </details>
      )}
      <dl className="docs-responses">
        {Object.entries(op.responses).map(([status, response]) => (
          <div key={status}>
            <dt>{status}</dt>
            <dd>{response.description.replace(/`/g, "")}</dd>
          </div>
        ))}
      </dl>
    </article>
  );
}

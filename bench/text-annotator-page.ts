// A static page for the @recogito/text-annotator baseline, served on loopback: the long
// article's blocks with the reading view's typography, the 1,000 claims as annotations, and an
// import map pointing the library's bare imports at their ES builds in node_modules.
import { readFile } from "node:fs/promises";
import { BLOCK_TAGS, type BlockType } from "@/lib/articles/document";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import type { BenchSeed } from "./seed-large-article";

/** Every module the library's ES build imports, directly or through its dependencies. */
const IMPORT_MAP: Record<string, string> = {
  "@recogito/text-annotator": "@recogito/text-annotator/dist/text-annotator.es.js",
  "@annotorious/core": "@annotorious/core/dist/annotorious-core.es.js",
  colord: "colord/index.mjs",
  debounce: "debounce/index.js",
  "dequal/lite": "dequal/lite/index.mjs",
  "hotkeys-js": "hotkeys-js/dist/hotkeys-js.js",
  nanoevents: "nanoevents/index.js",
  poll: "poll/dist/poll.js",
  quickselect: "quickselect/index.js",
  rbush: "rbush/index.js",
  uuid: "uuid/dist/index.js",
};
/** The package a node_modules path belongs to: "@scope/name" or "name". */
const getPackageName = (file: string) =>
  file
    .split("/")
    .slice(0, file.startsWith("@") ? 2 : 1)
    .join("/");
const SERVED_PACKAGES = new Set(Object.values(IMPORT_MAP).map(getPackageName));
const CSS_FILE = "@recogito/text-annotator/dist/text-annotator.css";
const tagOf = (type: BlockType) => BLOCK_TAGS[type];
const TYPES: Record<string, string> = { ".js": "text/javascript", ".mjs": "text/javascript", ".css": "text/css" };

export interface StaticPageServer {
  url: string;
  close: () => Promise<void>;
}

/** Serves the page at / and the library's files under /node_modules/ on 127.0.0.1. */
export async function startAnnotatorPageServer(seed: BenchSeed): Promise<StaticPageServer> {
  const html = buildPage(seed);
  const nodeModules = path.join(process.cwd(), "node_modules");
  const server = http.createServer(async (request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    if (url.pathname === "/") return send(response, 200, "text/html; charset=utf-8", html);
    const file = decodeURIComponent(url.pathname.replace(/^\/node_modules\//, ""));
    const isServed = SERVED_PACKAGES.has(getPackageName(file)) && !file.includes("..");
    const body = isServed ? await readFile(path.join(nodeModules, file)).catch(() => null) : null;
    if (!body) return send(response, 404, "text/plain", "not found");
    send(response, 200, TYPES[path.extname(file)] ?? "application/octet-stream", body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function send(response: http.ServerResponse, status: number, type: string, body: string | Buffer) {
  response.writeHead(status, { "content-type": type, "cache-control": "no-cache" });
  response.end(body);
}

/**
 * Blocks are joined by the canonical text's "\n\n", so the container's text content is the
 * article's canonical text and claim offsets can be used as they are.
 */
function buildPage(seed: BenchSeed): string {
  const blocks = seed.blocks
    .map(({ type, text }) => `<${tagOf(type)} class="block block-${type}">${escapeHtml(text)}</${tagOf(type)}>`)
    .join("\n\n");
  const annotations = seed.claims.map((claim, index) => ({
    id: `claim-${index}`,
    bodies: [],
    target: { annotation: `claim-${index}`, selector: [{ quote: claim.exact, start: claim.start, end: claim.end }] },
  }));
  const imports = Object.fromEntries(Object.entries(IMPORT_MAP).map(([name, file]) => [name, `/node_modules/${file}`]));
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>text-annotator baseline</title>
<link rel="stylesheet" href="/node_modules/${CSS_FILE}">
<style>
  body { margin: 0; background: #fbfaf7; color: #1c1e21; }
  .reader { padding: 16px 48px 96px; max-width: 820px; margin: 0 auto; }
  .article-text { position: relative; font: 19px/1.7 Georgia, "Times New Roman", serif; }
  .block-title { font: 700 38px/1.15 Georgia, serif; margin: 24px 0 12px; }
  .block-standfirst { font-size: 21px; line-height: 1.5; font-style: italic; margin: 0 0 28px; }
  .block-heading { font: 650 24px/1.3 Georgia, serif; margin: 36px 0 8px; }
  .block-paragraph { margin: 0 0 18px; }
</style>
<script>window.process = { env: { NODE_ENV: "production" } };</script>
<script type="importmap">${JSON.stringify({ imports })}</script>
</head><body><main class="reader"><div id="article" class="article-text">${blocks}</div></main>
<script type="application/json" id="annotations">${JSON.stringify(annotations).replaceAll("<", "\\u003c")}</script>
<script type="module">${ANNOTATE_SCRIPT}</script>
</body></html>`;
}

/**
 * The clock starts once the bare text has been painted and the library is loaded, and stops at
 * the start of the frame after the spans renderer drew its highlight layer.
 */
const ANNOTATE_SCRIPT = `
import { createTextAnnotator } from "@recogito/text-annotator";
const annotations = JSON.parse(document.getElementById("annotations").textContent);
const container = document.getElementById("article");
await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
const textPaintedMs = performance.now();
const annotator = createTextAnnotator(container, { renderer: "SPANS" });
const layer = container.querySelector(".r6o-span-highlight-layer");
annotator.renderer.on("onRedraw", () => {
  if (layer.childElementCount === 0 || window.__benchAnnotate) return;
  requestAnimationFrame(() => {
    const spans = [...layer.children];
    window.__benchAnnotate = {
      textPaintedMs,
      paintedMs: performance.now(),
      spans: spans.length,
      paintedAnnotations: new Set(spans.map((span) => span.dataset.annotation)).size,
      storedAnnotations: annotator.getAnnotations().length,
    };
  });
});
annotator.setAnnotations(annotations);
`;

function escapeHtml(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}

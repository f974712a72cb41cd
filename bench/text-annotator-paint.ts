// The baseline for our highlights: @recogito/text-annotator (spans renderer, its default)
// painting the same 1,000 claims on the same text in the same Chromium. See
// text-annotator-page.ts for the page and where its clock starts and stops.
import type { Browser } from "@playwright/test";
import { BROWSER_VIEWPORT } from "./browser";
import type { BenchSeed } from "./seed-large-article";
import { startAnnotatorPageServer } from "./text-annotator-page";

export interface AnnotatorTiming {
  /** Bare text painted and library loaded → the frame after the highlight layer was drawn. */
  annotateMs: number;
  /** Navigation start → the same frame: the whole static page, library load included. */
  pageMs: number;
  /** Annotations with a span in the layer: the renderer only draws those in the viewport. */
  paintedAnnotations: number;
  storedAnnotations: number;
}

interface AnnotateResult {
  textPaintedMs: number;
  paintedMs: number;
  paintedAnnotations: number;
  storedAnnotations: number;
}

const PAGE_TIMEOUT_MS = 60_000;

export interface AnnotatorPage {
  load: () => Promise<AnnotatorTiming>;
  close: () => Promise<void>;
}

/** Serves the annotator page and loads it in a fresh tab on every load(). */
export async function openTextAnnotator(browser: Browser, seed: BenchSeed): Promise<AnnotatorPage> {
  const server = await startAnnotatorPageServer(seed);
  const context = await browser.newContext({ viewport: BROWSER_VIEWPORT });
  const load = async (): Promise<AnnotatorTiming> => {
    const page = await context.newPage();
    try {
      await page.goto(server.url, { waitUntil: "commit", timeout: PAGE_TIMEOUT_MS });
      const handle = await page.waitForFunction("window.__benchAnnotate", undefined, {
        timeout: PAGE_TIMEOUT_MS,
        polling: 250,
      });
      const result = (await handle.jsonValue()) as AnnotateResult;
      if (result.storedAnnotations !== seed.claims.length) {
        throw new Error(`text-annotator kept ${result.storedAnnotations} of ${seed.claims.length} annotations`);
      }
      return {
        annotateMs: result.paintedMs - result.textPaintedMs,
        pageMs: result.paintedMs,
        paintedAnnotations: result.paintedAnnotations,
        storedAnnotations: result.storedAnnotations,
      };
    } finally {
      await page.close();
    }
  };
  const close = async () => {
    await context.close();
    await server.close();
  };
  return { load, close };
}

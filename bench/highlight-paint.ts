// Two rows from one Chromium: the reading view with 1,000 claims against the same article with
// none, and what those 1,000 highlights add to the reading view against what
// @recogito/text-annotator needs to paint the same annotations on the same text.
import type { Browser } from "@playwright/test";
import type { BenchContext, BenchOutcome } from "./bench-types";
import { launchChromium } from "./browser";
import { openReadingView, type PageTiming } from "./reading-view-paint";
import { openTextAnnotator, type AnnotatorTiming } from "./text-annotator-paint";
import { getMedian, subtractPaired } from "./stats";

export async function benchHighlightPaint(context: BenchContext): Promise<BenchOutcome> {
  const browser = await launchChromium();
  try {
    const { view, annotator } = await measureInterleaved(browser, context);
    const painted = (runs: PageTiming[]) => runs.map((run) => run.paintedMs);
    const claimCount = context.seed.claims.length;
    const median = (runs: PageTiming[], pick: (run: PageTiming) => number) => getMedian(runs.map(pick)).toFixed(0);
    const describe = (name: string, runs: PageTiming[]) =>
      `${name}: first byte ${median(runs, (r) => r.responseStartMs)} ms, last byte ${median(runs, (r) => r.responseEndMs)} ms, ` +
      `painted ${median(runs, (r) => r.paintedMs)} ms, hydrated ${median(runs, (r) => r.hydratedMs)} ms, ` +
      `HTML ${median(runs, (r) => r.htmlKb)} KB of which inline scripts ${median(runs, (r) => r.inlineScriptKb)} KB, ` +
      `${median(runs, (r) => r.elements)} elements`;
    return {
      rows: [
        {
          measure: `reading view, ${claimCount} claims: navigation → every highlight painted (Chromium)`,
          figure: { label: `${claimCount} claims`, values: painted(view.claimed), unit: "ms" },
          baseline: { label: "no claims", values: painted(view.bare), unit: "ms" },
          maxRatio: 1.5,
          target: "≤ 1.5×",
        },
        {
          measure: `the same ${claimCount} highlights: reading view's added time vs @recogito/text-annotator`,
          figure: {
            label: "reading view",
            values: subtractPaired(painted(view.claimed), painted(view.bare)),
            unit: "ms",
          },
          baseline: { label: "text-annotator", values: annotator.map((run) => run.annotateMs), unit: "ms" },
          maxRatio: 1,
          target: "≤ 1×",
        },
      ],
      notes: [
        `paint: Chromium ${browser.version()}, viewport 1440×900, ${context.repeat} loads of each page after one warm-up.`,
        `paint, medians from navigation start — ${describe(`${claimCount} claims`, view.claimed)}.`,
        `paint, medians from navigation start — ${describe("no claims", view.bare)}.`,
        "paint: the reading view's figure for the same highlights is, per repetition, the 1,000-claim page's paint time " +
          "minus the no-claim page's (server render, transfer and layout of the highlights included).",
        `paint: text-annotator from bare text painted (library loaded) to highlights painted; its whole static page ` +
          `takes ${getMedian(annotator.map((run) => run.pageMs)).toFixed(0)} ms from navigation. It keeps geometry for ` +
          `all ${annotator[0]?.storedAnnotations ?? 0} annotations but draws only those in the viewport ` +
          `(${annotator[0]?.paintedAnnotations ?? 0} at 1440×900); the reading view puts all of them in the DOM.`,
      ],
    };
  } finally {
    await browser.close();
  }
}

/** One warm-up load of each page, then per repetition: no claims, 1,000 claims, text-annotator. */
async function measureInterleaved(browser: Browser, context: BenchContext) {
  const readingView = await openReadingView(browser, context);
  const annotatorPage = await openTextAnnotator(browser, context.seed);
  try {
    await readingView.loadBare();
    await readingView.loadClaimed();
    await annotatorPage.load();
    const view = { claimed: [] as PageTiming[], bare: [] as PageTiming[] };
    const annotator: AnnotatorTiming[] = [];
    for (let rep = 0; rep < context.repeat; rep++) {
      view.bare.push(await readingView.loadBare());
      view.claimed.push(await readingView.loadClaimed());
      annotator.push(await annotatorPage.load());
    }
    return { view, annotator };
  } finally {
    await readingView.close();
    await annotatorPage.close();
  }
}

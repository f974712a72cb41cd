// The reading view in Chromium: time from navigation start until every highlight is painted,
// for the 1,000-claim article and for the same text with no claims. A probe injected before
// the page's own scripts polls once per frame; once all blocks and all claim badges (one per
// claim) are in the DOM, that frame paints them, so the next frame's start is the time taken.
import type { Browser, BrowserContext } from "@playwright/test";
import { BROWSER_VIEWPORT } from "./browser";
import type { BenchContext } from "./bench-types";

export interface PageTiming {
  /** Navigation start → the frame after all highlights (or, with no claims, all blocks) were painted. */
  paintedMs: number;
  /** Navigation start → React has hydrated the article's last block or badge. */
  hydratedMs: number;
  /** Navigation start → first / last byte of the HTML. */
  responseStartMs: number;
  responseEndMs: number;
  htmlKb: number;
  /** Inline scripts (mostly the RSC payload: the page's props again, as JSON). */
  inlineScriptKb: number;
  elements: number;
}

export interface ReadingView {
  loadClaimed: () => Promise<PageTiming>;
  loadBare: () => Promise<PageTiming>;
  close: () => Promise<void>;
}

const PAGE_TIMEOUT_MS = 60_000;

/** A signed-in browser context that loads the 1,000-claim and the no-claim reading views. */
export async function openReadingView(browser: Browser, context: BenchContext): Promise<ReadingView> {
  const { seed } = context;
  // bypassCSP: Playwright polls waitForFunction by compiling the predicate inside the page, which
  // the app's Content-Security-Policy (no eval) would refuse. The page's own scripts run as usual.
  const browserContext = await browser.newContext({
    viewport: BROWSER_VIEWPORT,
    baseURL: context.baseUrl,
    bypassCSP: true,
  });
  await browserContext.addCookies([{ ...context.session, url: context.baseUrl }]);
  const load = (slug: string, badges: number) => () =>
    loadOnce(browserContext, `/w/${seed.workspaceSlug}/articles/${slug}`, { blocks: seed.blocks.length, badges });
  return {
    loadClaimed: load(seed.claimed.slug, seed.claims.length),
    loadBare: load(seed.bare.slug, 0),
    close: () => browserContext.close(),
  };
}

async function loadOnce(context: BrowserContext, path: string, expected: { blocks: number; badges: number }) {
  const page = await context.newPage();
  try {
    await page.addInitScript({ content: buildPaintProbe(expected) });
    await page.goto(path, { waitUntil: "commit", timeout: PAGE_TIMEOUT_MS });
    // Polling only collects the result; the probe took its timestamps inside the page.
    const result = await page.waitForFunction("window.__benchPaint", undefined, {
      timeout: PAGE_TIMEOUT_MS,
      polling: 250,
    });
    return (await result.jsonValue()) as PageTiming;
  } finally {
    await page.close();
  }
}

/**
 * Runs in the page before its scripts; sets window.__benchPaint when done. A string, not a
 * function: tsx compiles functions with name helpers that do not exist inside the page.
 */
function buildPaintProbe(expected: { blocks: number; badges: number }): string {
  return `(() => {
  const expected = ${JSON.stringify(expected)};
  const isHydrated = (element) => !!element && Object.keys(element).some((key) => key.startsWith("__reactFiber"));
  let paintedMs = 0;
  const onFrame = () => {
    const root = document.querySelector(".article-text");
    const blocks = root ? root.querySelectorAll(".block") : [];
    const badges = root ? root.querySelectorAll(".claim-badge") : [];
    if (paintedMs === 0 && blocks.length >= expected.blocks && badges.length >= expected.badges) {
      // This frame paints them; the next one starts once it has been produced.
      requestAnimationFrame(() => {
        paintedMs = performance.now();
        requestAnimationFrame(onFrame);
      });
      return;
    }
    const last = expected.badges > 0 ? badges[badges.length - 1] : blocks[blocks.length - 1];
    if (paintedMs > 0 && isHydrated(last)) {
      const navigation = performance.getEntriesByType("navigation")[0];
      window.__benchPaint = {
        paintedMs,
        hydratedMs: performance.now(),
        responseStartMs: navigation ? navigation.responseStart : 0,
        responseEndMs: navigation ? navigation.responseEnd : 0,
        htmlKb: navigation ? navigation.decodedBodySize / 1024 : 0,
        inlineScriptKb: [...document.scripts].reduce((sum, script) => sum + script.text.length, 0) / 1024,
        elements: document.getElementsByTagName("*").length,
      };
      return;
    }
    requestAnimationFrame(onFrame);
  };
  requestAnimationFrame(onFrame);
})();`;
}

// Rule: the Content-Security-Policy lets the app's own scripts run (every page hydrates with no
// violation reported) and stops anything injected into a page: an inline event handler added to
// the DOM after load is refused by the browser and reported, and never runs.
import type { Page } from "@playwright/test";
import { expect, signIn, test } from "../fixtures/desk";

declare global {
  interface Window {
    cspViolations: string[];
    pwned?: boolean;
  }
}

/**
 * Records every CSP violation the page reports, from before its first script runs. Except one:
 * zod probes once whether it may compile validators with `Function("")`, inside a try; the
 * browser refuses and reports it, and zod validates without compiling. Anything else counts.
 */
async function recordViolations(page: Page) {
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener("securitypolicyviolation", (event) => {
      if (event.blockedURI === "eval") return;
      window.cspViolations.push(
        `${event.violatedDirective} ${event.blockedURI || "inline"} ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
      );
    });
  });
}

test("app pages run under the nonce policy without violations; injected handlers are refused", async ({
  page,
  desk,
}) => {
  await recordViolations(page);
  await signIn(page, desk.emails.editor);
  for (const path of ["", "/queue", "/dashboard", "/activity", "/reports"]) {
    await page.goto(`/w/${desk.slug}${path}`);
    await page.waitForLoadState("networkidle");
    expect(await page.evaluate(() => window.cspViolations), `violations on /w/${desk.slug}${path}`).toEqual([]);
  }
  await page.goto(`/w/${desk.slug}`);
  await page.getByRole("link", { name: "Who Is Friends With North Korea", exact: true }).click();
  // Hydrated: "?" opens the keyboard help, a listener only React's client code adds.
  const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(async () => {
    if (!(await help.isVisible())) await page.keyboard.press("?");
    await expect(help).toBeVisible({ timeout: 1_000 });
  }).toPass();
  expect(await page.evaluate(() => window.cspViolations)).toEqual([]);

  await page.evaluate(() => {
    const image = document.createElement("img");
    image.setAttribute("onerror", "window.pwned = true");
    image.src = "/no-such-image.png";
    document.body.append(image);
  });
  await expect.poll(() => page.evaluate(() => window.cspViolations.length)).toBeGreaterThan(0);
  expect(await page.evaluate(() => window.pwned)).toBeUndefined();
  expect((await page.evaluate(() => window.cspViolations))[0]).toMatch(/^script-src/);
});

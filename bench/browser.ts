// Debian's Chromium, launched as playwright.config.ts launches it for the e2e suite.
import { chromium, type Browser } from "@playwright/test";
import { chromiumLaunchOptions } from "../chromium.config";

export const BROWSER_VIEWPORT = { width: 1440, height: 900 };

export function launchChromium(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions);
}

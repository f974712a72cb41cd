// Debian's Chromium, launched as playwright.config.ts launches it for the e2e suite.
import { chromium, type Browser } from "@playwright/test";

export const BROWSER_VIEWPORT = { width: 1440, height: 900 };

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    // As root Chromium needs --no-sandbox; the rest stop it calling home on a closed network.
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

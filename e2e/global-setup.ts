// Warms both app instances before the first test. `next start` loads a route's server code on the
// route's first request: on a busy 2-core machine that first hit can take seconds, and it used to
// land inside whichever test came first (a live stream still connecting, a panel still loading).
// Every route of the build is requested once, signed out (a redirect or a 401 still loads it).
import { readFileSync } from "node:fs";
import path from "node:path";
import type { FullConfig } from "@playwright/test";
import { SECOND_INSTANCE_URL } from "../playwright.config";

export default async function warmUp(config: FullConfig) {
  const manifest = path.join(process.env.NEXT_DIST_DIR ?? ".next", "app-path-routes-manifest.json");
  const routes = Object.values(JSON.parse(readFileSync(manifest, "utf8")) as Record<string, string>);
  const paths = routes
    .filter((route) => !route.startsWith("/_"))
    .map((route) => route.replace(/\[[^\]]+\]/g, "warm-up"));
  const first = config.projects[0]?.use.baseURL;
  for (const base of [first, SECOND_INSTANCE_URL]) {
    if (!base) continue;
    // One at a time: the point is to spread the work out, not to pile it up.
    for (const pathname of paths) {
      const response = await fetch(new URL(pathname, base), { redirect: "manual" });
      await response.body?.cancel();
      if (response.status >= 500) throw new Error(`warm-up: GET ${pathname} on ${base} answered ${response.status}`);
    }
  }
}

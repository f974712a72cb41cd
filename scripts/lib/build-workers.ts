// Bundles the worker threads' entries into ES modules Node runs as is: the pool's tasks
// (lib/tasks/tasks.ts) and the thread that lays out a long PDF (lib/exports/pdf-thread.ts).
// Turbopack's server bundle, Vitest and `next dev` all load this same file, so the worker runs
// the same code everywhere. npm packages stay external (resolved from node_modules at run time).
import { rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build, context, type BuildOptions } from "esbuild";

const root = fileURLToPath(new URL("../..", import.meta.url));

/** Where the bundles go (git-ignored); lib/workers/pool.ts and lib/report-jobs load them from here. */
export const WORKER_BUNDLE = "generated/workers/tasks.mjs";

const options: BuildOptions = {
  absWorkingDir: root,
  entryPoints: { tasks: "lib/tasks/tasks.ts", "pdf-thread": "lib/exports/pdf-thread.ts" },
  outdir: "generated/workers",
  entryNames: "[name]",
  chunkNames: "chunks/[name]-[hash]",
  outExtension: { ".js": ".mjs" },
  bundle: true,
  // The tasks import their modules lazily: each becomes a chunk loaded on first use.
  splitting: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  sourcemap: "linked",
  logLevel: "warning",
};

/** Builds the bundle once. */
export async function buildWorkers(): Promise<void> {
  rmSync(`${root}generated/workers`, { recursive: true, force: true });
  await build(options);
}

/** Builds it and rebuilds on every change under lib/ (for `next dev`); returns a stop function. */
export async function watchWorkers(): Promise<() => Promise<void>> {
  const watcher = await context(options);
  await watcher.watch();
  return () => watcher.dispose();
}

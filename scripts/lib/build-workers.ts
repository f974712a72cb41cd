// Bundles the worker threads' entry (lib/tasks/tasks.ts) into one ES module Node runs as is:
// Turbopack's server bundle, Vitest and `next dev` all load this same file, so the worker runs
// the same code everywhere. npm packages stay external (resolved from node_modules at run time).
import { rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build, context, type BuildOptions } from "esbuild";

const root = fileURLToPath(new URL("../..", import.meta.url));

/** Where the bundle goes (git-ignored); lib/workers/pool.ts loads it from here. */
export const WORKER_BUNDLE = "generated/workers/tasks.mjs";

const options: BuildOptions = {
  absWorkingDir: root,
  entryPoints: ["lib/tasks/tasks.ts"],
  outdir: "generated/workers",
  entryNames: "tasks",
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

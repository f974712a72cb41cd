// The app under test: `next start` on the production build, in its own process group so the
// benchmark can stop exactly what it started. Its output is kept in memory and shown only if
// something goes wrong, so it does not interleave with the results table.
import { spawn } from "node:child_process";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { buildWorkers } from "../scripts/lib/build-workers";
import { quietEnv, runBinOrFail } from "../scripts/lib/run";

export interface AppServer {
  baseUrl: string;
  /** Process id of next-server (`next start` serves in-process). */
  pid: number;
  /** The server's last lines of output, for error reports. */
  getLog: () => string;
  stop: () => Promise<void>;
}

const LOG_LINES = 60;
const READY_TIMEOUT_MS = 60_000;

const NEXT_BIN = path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next");

/** The production build `next start` serves: the worker threads' bundle, then `next build`. */
export async function buildApp(env: Record<string, string>) {
  await buildWorkers();
  await runBinOrFail("next", ["build"], env);
}

/**
 * Starts `next start` on `port` with `env` and resolves once it answers HTTP. `nodeArgs` go to
 * the node process itself (e.g. --cpu-prof, which Node refuses in NODE_OPTIONS).
 */
export async function startAppServer(
  port: number,
  env: Record<string, string>,
  nodeArgs: string[] = [],
): Promise<AppServer> {
  const child = spawn(process.execPath, [...nodeArgs, NEXT_BIN, "start", "--port", String(port)], {
    env: { ...process.env, ...quietEnv, ...env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines.push(...chunk.toString("utf8").split("\n").filter(Boolean));
    lines.splice(0, Math.max(0, lines.length - LOG_LINES));
  };
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const pid = child.pid;
  if (pid === undefined) throw new Error("next start did not start");

  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    // Negative pid: the whole group we created with `detached`, and nothing else.
    process.kill(-pid, "SIGTERM");
    const timer = setTimeout(() => child.exitCode === null && process.kill(-pid, "SIGKILL"), 5_000);
    await exited;
    clearTimeout(timer);
  };
  const baseUrl = `http://127.0.0.1:${port}`;
  const server = { baseUrl, pid, getLog: () => lines.join("\n"), stop };
  try {
    await waitForHttp(`${baseUrl}/login`, () => child.exitCode !== null);
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\n--- next start output ---\n${server.getLog()}`);
  }
  return server;
}

async function waitForHttp(url: string, hasExited: () => boolean) {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (hasExited()) throw new Error("next start exited before it was ready");
    const status = await fetch(url).then(
      (response) => response.status,
      () => 0,
    );
    if (status > 0 && status < 500) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`next start did not answer ${url} within ${READY_TIMEOUT_MS / 1000} s`);
}

/** Resident set size of a process in MB, from /proc/<pid>/status (VmRSS). */
export async function readRssMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, "utf8");
  const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
  if (!match) throw new Error(`no VmRSS for process ${pid}`);
  return Number(match[1]) / 1024;
}

// Spawning the project's own CLIs (prisma, next, vitest, playwright) from node_modules/.bin.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

const bin = (name: string) => path.join(process.cwd(), "node_modules", ".bin", name);

/** Environment every child gets: no telemetry calls, which would fail offline. */
export const quietEnv = { NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1" };

export function startBin(name: string, args: string[], env: Record<string, string | undefined> = {}): ChildProcess {
  return spawn(bin(name), args, {
    stdio: "inherit",
    env: { ...process.env, ...quietEnv, ...env },
  });
}

/** Runs a CLI to completion; resolves with its exit code. */
export function runBin(name: string, args: string[], env: Record<string, string | undefined> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = startBin(name, args, env);
    child.on("error", reject);
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

export async function runBinOrFail(name: string, args: string[], env: Record<string, string | undefined> = {}) {
  const code = await runBin(name, args, env);
  if (code !== 0) throw new Error(`${name} ${args.join(" ")} exited with ${code}`);
}

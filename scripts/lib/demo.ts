// Whether `npm start` seeds the demo desk, and its password. A fresh machine (no DATABASE_URL, the
// embedded PostgreSQL in .data/) is a demo; a configured database is someone's real data, where
// public accounts would be a door for anyone, so it gets the demo only when the operator asks.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export interface DemoChoice {
  hasDatabaseUrl: boolean;
  /** `npm start -- --demo` */
  hasDemoFlag: boolean;
  /** FACTMARK_DEMO: "1"/"true" asks for the demo, "0"/"false" refuses it even on a fresh machine. */
  demoEnv: string | undefined;
}

export function shouldSeedDemo({ hasDatabaseUrl, hasDemoFlag, demoEnv }: DemoChoice): boolean {
  if (hasDemoFlag) return true;
  const value = demoEnv?.trim().toLowerCase();
  if (value === "1" || value === "true") return true;
  if (value === "0" || value === "false") return false;
  return !hasDatabaseUrl;
}

/**
 * A secret kept in a file of the data folder, made on first use, so each checkout has its own
 * and it survives restarts (the auth secret, the demo password).
 */
export function readOrCreateSecretFile(file: string, bytes: number): string {
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(bytes).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

/** The demo accounts' password: FACTMARK_DEMO_PASSWORD (tests), else generated per data folder. */
export const getDemoPassword = (dataDir = ".data") =>
  process.env.FACTMARK_DEMO_PASSWORD || readOrCreateSecretFile(path.join(dataDir, "demo-password"), 12);

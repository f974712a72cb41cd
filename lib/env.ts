// The environment, parsed once. scripts/start.ts provides DATABASE_URL and AUTH_SECRET on a
// fresh machine, so a missing value here is a deployment mistake worth failing loudly on.
import { z } from "zod";

const envSchema = z.object({
  DATABASE_URL: z.string().url({ message: "DATABASE_URL must be a postgresql:// URL" }),
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
});

export type Env = z.infer<typeof envSchema>;

let parsed: Env | undefined;

/** Reads the environment lazily so `next build` can import modules without a database. */
export function getEnv(): Env {
  parsed ??= envSchema.parse(process.env);
  return parsed;
}

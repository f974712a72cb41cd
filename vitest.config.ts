import os from "node:os";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL(".", import.meta.url)),
      "server-only": fileURLToPath(new URL("./tests/server-only-stub.ts", import.meta.url)),
    },
  },
  test: {
    include: ["lib/**/*.test.ts", "app/**/*.test.ts", "tests/**/*.test.ts", "scripts/**/*.test.ts"],
    environment: "node",
    globalSetup: ["tests/global-setup.ts"],
    setupFiles: ["tests/setup-env.ts"],
    // One worker per core (they share it with PostgreSQL), at most four: every data-layer test
    // uses the one database, whose connections and locks don't grow with the machine.
    maxWorkers: Math.max(1, Math.min(4, os.availableParallelism())),
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});

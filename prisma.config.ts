// Prisma CLI config. The CLI runs its schema engine as WebAssembly through a driver adapter
// so that `migrate deploy` works offline; adapter-pg 7 is used here only because 6.19's cannot
// read PostgreSQL's `name` type during migrate (see ../shared/STACK.md, "Prisma offline").
import path from "node:path";
import { PrismaPg } from "adapter-pg-7";
import { defineConfig } from "prisma/config";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  // process.env, not env(): env() throws when DATABASE_URL is unset, breaking `prisma generate`.
  adapter: async () => new PrismaPg({ connectionString: process.env.DATABASE_URL! }),
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
});

// Prisma CLI config. The CLI runs its schema engine as WebAssembly through a driver adapter
// so that `migrate deploy` works offline; adapter-pg 7 is used here only because 6.19's cannot
// read PostgreSQL's `name` type during migrate (see ../shared/STACK.md, "Prisma offline").
import path from "node:path";
import { PrismaPg } from "adapter-pg-7";
import { defineConfig } from "prisma/config";

type Connection = Awaited<ReturnType<PrismaPg["connect"]>>;
type ScriptRunner = { client: { query: (sql: string) => Promise<unknown> }; onError: (error: unknown) => never };

/**
 * adapter-pg's executeScript splits a migration on every ";" — including those inside a
 * PL/pgSQL function body. PostgreSQL's simple query protocol runs a multi-statement script as
 * it is (and atomically), so hand it the whole migration instead.
 */
function runScriptsWhole(connection: Connection): Connection {
  connection.executeScript = async function (this: ScriptRunner, script: string) {
    try {
      await this.client.query(script);
    } catch (error) {
      this.onError(error);
    }
  };
  return connection;
}

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  // process.env, not env(): env() throws when DATABASE_URL is unset, breaking `prisma generate`.
  adapter: async () => {
    const factory = new PrismaPg({ connectionString: process.env.DATABASE_URL! });
    const connect = factory.connect.bind(factory);
    factory.connect = async () => runScriptsWhole(await connect());
    return factory;
  },
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
});

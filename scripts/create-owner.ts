// `npm run create-owner -- --email ana@example.org --name "Ana Editor" [--workspace "Politics desk"]`:
// the first owner from a shell, for operators who prefer it to the /setup page. The password
// comes from FACTMARK_OWNER_PASSWORD, else it is asked for (not echoed). Like /setup, it works
// only while nobody has an account. Uses DATABASE_URL (migrate first: npm start does).
// Run with --conditions=react-server (package.json does) so lib/'s server-only modules load.
import { parseArgs } from "node:util";
import { createFirstOwner } from "@/lib/setup/mutations";
import { firstOwnerSchema } from "@/lib/setup/schema";
import { AppError } from "@/lib/errors";
import { fromZodError } from "@/lib/http/error-body";
import { readHiddenLine } from "./lib/read-hidden-line";

const { values } = parseArgs({
  options: { email: { type: "string" }, name: { type: "string" }, workspace: { type: "string" } },
});
if (!process.env.DATABASE_URL) fail("DATABASE_URL is not set: point it at the database npm start uses");
const password = process.env.FACTMARK_OWNER_PASSWORD ?? (await readHiddenLine("Password (at least 10 characters): "));
const parsed = firstOwnerSchema.safeParse({
  email: values.email ?? "",
  name: values.name ?? "",
  password,
  workspaceName: values.workspace ?? "Newsroom",
});
if (!parsed.success) fail(fromZodError(parsed.error).message.replace(/^workspaceName/, "--workspace").replace(/^(email|name)/, "--$1"));
try {
  const { workspaceSlug } = await createFirstOwner(parsed.data);
  console.log(`Created ${parsed.data.email} as owner of /w/${workspaceSlug}. Sign in at /login.`);
  process.exit(0);
} catch (error) {
  if (error instanceof AppError) fail(error.message);
  throw error;
}

function fail(message: string): never {
  console.error(`create-owner: ${message}`);
  process.exit(1);
}

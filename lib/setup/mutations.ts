import "server-only";
// The first run: creating the first person, as the owner of a first workspace. Only while nobody
// has an account; after that people join through invite links.
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { FirstOwnerInput } from "@/lib/setup/schema";
import { assertStrongPassword } from "@/lib/users/password-policy";
import { hashPassword } from "@/lib/users/passwords";
import { insertWorkspace } from "@/lib/workspaces/create-workspace";
import { slugify } from "@/lib/workspaces/slug";

// Any constant will do: it names the one lock every set-up takes (pg_advisory_xact_lock).
const SETUP_LOCK = 7_046_113_201;

/**
 * Creates the first user and their workspace (as owner) in one transaction. Two set-ups at once
 * queue on an advisory lock, and the second then finds a user and is refused.
 * Anyone may call it while no user exists. Throws INVALID_INPUT (password), NOT_FOUND (already set up).
 */
export async function createFirstOwner(input: FirstOwnerInput): Promise<{ userId: string; workspaceSlug: string }> {
  await assertStrongPassword(input.password, { email: input.email, name: input.name });
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SETUP_LOCK}::bigint)`;
    // NOT_FOUND, as /setup itself is once set up: nothing here to find any more.
    if ((await tx.user.count()) > 0) throw new AppError("NOT_FOUND", "Factmark is already set up; sign in instead");
    const user = await tx.user.create({ data: { email: input.email, name: input.name, passwordHash } });
    const workspace = await insertWorkspace(tx, user.id, {
      name: input.workspaceName,
      slug: slugify(input.workspaceName),
      via: "set up Factmark",
    });
    return { userId: user.id, workspaceSlug: workspace.slug };
  });
}

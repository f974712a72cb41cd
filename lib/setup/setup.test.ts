// The first run against a real PostgreSQL. The test database always has accounts (other tests
// share it), so only the refusal is tested here; creating the first owner is e2e/deploy/first-run.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createFirstOwner } from "@/lib/setup/mutations";
import { createTestUser } from "@/tests/fixtures";

describe("createFirstOwner", () => {
  it("refuses once anyone has an account, and creates neither the person nor the workspace", async () => {
    await createTestUser();
    const id = randomUUID().slice(0, 8);
    const input = {
      name: "Late Owner",
      email: `late-${id}@factmark.test`,
      password: "several uncommon words together",
      workspaceName: `Late desk ${id}`,
    };
    await expect(createFirstOwner(input)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.user.count({ where: { email: input.email } })).toBe(0);
    expect(await db.workspace.count({ where: { name: input.workspaceName } })).toBe(0);
  });
});

// A person's own account on a real PostgreSQL. Regression: there was no password change and no
// way to end sessions; both now bump the session version, which makes every earlier token stale.
import { describe, expect, it } from "vitest";
import { changePassword, signOutEverywhere } from "@/lib/account/mutations";
import { getSessionVersion, isSessionCurrent } from "@/lib/auth/session-queries";
import { verifyCredentials } from "@/lib/users/verify-credentials";
import { createTestUser } from "@/tests/fixtures";

const NEW = "lantern-quarry-mosaic-41";
const change = (currentPassword: string, newPassword: string, confirmPassword = newPassword) => ({
  currentPassword,
  newPassword,
  confirmPassword,
});

describe("changePassword", () => {
  it("sets the new password and makes every earlier session stale", async () => {
    const person = await createTestUser();
    const version = (await getSessionVersion(person.userId))!;
    await changePassword(person, change("test-password", NEW));
    expect(await isSessionCurrent(person.userId, version)).toBe(false);
    expect(await isSessionCurrent(person.userId, version + 1)).toBe(true);
    expect(await verifyCredentials({ email: person.email, password: NEW })).toMatchObject({ status: "ok" });
  });

  it("refuses a wrong current password and a weak new one, changing nothing", async () => {
    const person = await createTestUser();
    const version = await getSessionVersion(person.userId);
    await expect(changePassword(person, change("not-my-password", NEW))).rejects.toMatchObject({
      code: "INVALID_INPUT",
      field: "currentPassword",
    });
    await expect(changePassword(person, change("test-password", "1234567890"))).rejects.toMatchObject({
      code: "INVALID_INPUT",
      field: "newPassword",
      message: "Password: too easy to guess — it is a common password. Add words that are uncommon together.",
    });
    expect(await getSessionVersion(person.userId)).toBe(version);
    expect(await verifyCredentials({ email: person.email, password: "test-password" })).toMatchObject({
      status: "ok",
    });
  });

  it("is not for API tokens", async () => {
    const person = await createTestUser();
    await expect(
      changePassword({ ...person, workspaceId: "some-workspace" }, change("test-password", NEW)),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("signOutEverywhere", () => {
  it("makes the current session version stale at once in this process", async () => {
    const person = await createTestUser();
    const version = (await getSessionVersion(person.userId))!;
    expect(await isSessionCurrent(person.userId, version)).toBe(true); // now cached
    await signOutEverywhere(person);
    expect(await isSessionCurrent(person.userId, version)).toBe(false);
  });
});

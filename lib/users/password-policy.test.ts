// Regression: "1234567890" was accepted as a password. Every password set now passes length and
// zxcvbn-ts's guessability estimate, with the person's own email and name counted against it.
import { describe, expect, it } from "vitest";
import { assertStrongPassword, describeWeakPassword } from "@/lib/users/password-policy";

const nia = { email: "nia.okafor@desk.example", name: "Nia Okafor" };

describe("describeWeakPassword", () => {
  it("refuses 1234567890 in words a reader understands", async () => {
    expect(await describeWeakPassword("1234567890", nia)).toMatch(
      /^too easy to guess — .+\. Add words that are uncommon together\.$/,
    );
    await expect(assertStrongPassword("1234567890", nia)).rejects.toMatchObject({
      code: "INVALID_INPUT",
      field: "password",
      message: expect.stringMatching(/^Password: too easy to guess — /),
    });
  });

  it("says a common password is common", async () => {
    expect(await describeWeakPassword("password123", nia)).toBe(
      "too easy to guess — it is a common password. Add words that are uncommon together.",
    );
  });

  it("refuses short passwords before estimating", async () => {
    expect(await describeWeakPassword("x7#kQ!", nia)).toBe("must be at least 10 characters");
  });

  it("counts the person's own name and email against them", async () => {
    expect(await describeWeakPassword("niaokafor2026", nia)).toMatch(/^too easy to guess/);
  });

  it("accepts a few words that are uncommon together", async () => {
    expect(await describeWeakPassword("correct horse battery staple", nia)).toBeNull();
    expect(await describeWeakPassword("lantern-quarry-mosaic-41", nia)).toBeNull();
  });
});

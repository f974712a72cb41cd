// Pure parts of invite links: tokens, statuses, the input schema.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { expiryFrom, getInvitationStatus } from "@/lib/invitations/rules";
import { createInvitationSchema, newAccountSchema } from "@/lib/invitations/schema";
import { createInviteToken, hashInviteToken, isWellFormedToken } from "@/lib/invitations/token";

const NOW = new Date("2026-11-25T12:00:00Z");

describe("invite tokens", () => {
  it("are 32 random bytes in base64url, stored only as their SHA-256", () => {
    const { token, tokenHash } = createInviteToken();
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    expect(isWellFormedToken(token)).toBe(true);
    expect(tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(hashInviteToken(token)).toBe(tokenHash);
    expect(createInviteToken().token).not.toBe(token);
  });

  it("reject anything that is not token-shaped before a lookup", () => {
    for (const bad of ["", "abc", "x".repeat(44), `${"x".repeat(42)}/`, `${"x".repeat(42)}=`]) {
      expect(isWellFormedToken(bad)).toBe(false);
    }
  });
});

describe("getInvitationStatus", () => {
  const pending = { expiresAt: expiryFrom(NOW, 7), acceptedAt: null, revokedAt: null };

  it("is pending until, and expired from, the expiry time", () => {
    expect(getInvitationStatus(pending, NOW)).toBe("pending");
    expect(getInvitationStatus(pending, new Date(pending.expiresAt.getTime() - 1))).toBe("pending");
    expect(getInvitationStatus(pending, pending.expiresAt)).toBe("expired");
  });

  it("keeps accepted and revoked final, whatever the clock says", () => {
    const later = expiryFrom(NOW, 60);
    expect(getInvitationStatus({ ...pending, acceptedAt: NOW }, later)).toBe("accepted");
    expect(getInvitationStatus({ ...pending, revokedAt: NOW }, later)).toBe("revoked");
  });
});

describe("createInvitationSchema", () => {
  it("defaults to seven days and allows one to thirty", () => {
    expect(createInvitationSchema.parse({ role: "reviewer" })).toEqual({ role: "reviewer", expiresInDays: 7 });
    expect(createInvitationSchema.parse({ role: "owner", expiresInDays: 30 }).expiresInDays).toBe(30);
  });

  it.each([
    [{ role: "reviewer", expiresInDays: 31 }, "at most 30 days"],
    [{ role: "reviewer", expiresInDays: 0 }, "at least 1 day"],
    [{ role: "reviewer", expiresInDays: 1.5 }, "whole number"],
    [{ role: "admin" }, ""],
    [{ role: "reviewer", workspaceId: "elsewhere" }, ""],
  ])("refuses %j", (input, message) => {
    const result = createInvitationSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.message).toContain(message);
  });
});

describe("newAccountSchema", () => {
  it("wants a password of at least ten characters and lower-cases the email", () => {
    const account = { name: " Nia ", email: "Nia@Example.COM", password: "0123456789" };
    expect(newAccountSchema.parse(account)).toEqual({ name: "Nia", email: "nia@example.com", password: "0123456789" });
    expect(newAccountSchema.safeParse({ ...account, password: "012345678" }).success).toBe(false);
  });
});

// Pure rules for managing people: who may, the last-owner invariant, and workspace slugs.
import { describe, expect, it } from "vitest";
import { canManageMembers } from "@/lib/permissions/rules";
import { lastOwnerProblem } from "@/lib/workspaces/member-rules";
import { nthSlug, slugify } from "@/lib/workspaces/slug";

describe("canManageMembers", () => {
  it("is for owners only", () => {
    expect(canManageMembers({ userId: "u", role: "OWNER" })).toBe(true);
    for (const role of ["EDITOR", "REVIEWER", "VIEWER"] as const) {
      expect(canManageMembers({ userId: "u", role })).toBe(false);
    }
  });
});

describe("lastOwnerProblem", () => {
  it("refuses demoting or removing the only owner", () => {
    expect(lastOwnerProblem({ role: "OWNER" }, "EDITOR", 1)).toMatch(/last owner cannot be demoted/);
    expect(lastOwnerProblem({ role: "OWNER" }, null, 1)).toMatch(/last owner cannot be removed/);
  });

  it("allows it when another owner remains, and never objects to non-owners", () => {
    expect(lastOwnerProblem({ role: "OWNER" }, "VIEWER", 2)).toBeNull();
    expect(lastOwnerProblem({ role: "OWNER" }, null, 2)).toBeNull();
    expect(lastOwnerProblem({ role: "OWNER" }, "OWNER", 1)).toBeNull();
    expect(lastOwnerProblem({ role: "REVIEWER" }, null, 1)).toBeNull();
    expect(lastOwnerProblem({ role: "VIEWER" }, "OWNER", 1)).toBeNull();
  });
});

describe("slugify", () => {
  it.each([
    ["Politics Desk", "politics-desk"],
    ["  Économie & Ørsted — 2026 ", "economie-orsted-2026"],
    ["!!!", "workspace"],
    ["x".repeat(60), "x".repeat(40)],
  ])("%s → %s", (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  it("numbers the alternatives from 2", () => {
    expect([1, 2, 3].map((n) => nthSlug("desk", n))).toEqual(["desk", "desk-2", "desk-3"]);
  });
});

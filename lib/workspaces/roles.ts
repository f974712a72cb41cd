import type { Role } from "@/lib/permissions/rules";

/** Roles as the HTTP API and the UI spell them, like verdicts and stances: lower case. */
export const ROLE_VALUES = ["owner", "editor", "reviewer", "viewer"] as const;
export type RoleValue = (typeof ROLE_VALUES)[number];

export const toRole = (value: RoleValue) => value.toUpperCase() as Role;
export const toRoleValue = (role: Role) => role.toLowerCase() as RoleValue;

export const roleLabel = (value: RoleValue) => value[0]!.toUpperCase() + value.slice(1);

/** Roles as the HTTP API and the UI spell them, like verdicts and stances: lower case (see lib/db-enums.ts). */
export const ROLE_VALUES = ["owner", "editor", "reviewer", "viewer"] as const;
export type RoleValue = (typeof ROLE_VALUES)[number];

export const roleLabel = (value: RoleValue) => value[0]!.toUpperCase() + value.slice(1);

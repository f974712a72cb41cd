import { z } from "zod";
import { toPageQuery } from "@/lib/http/pagination";
import { ROLE_VALUES } from "@/lib/permissions/roles";

export const changeRoleSchema = z.strictObject({ role: z.enum(ROLE_VALUES) });
export type ChangeRoleInput = z.infer<typeof changeRoleSchema>;

export const createWorkspaceSchema = z.strictObject({
  name: z.string().trim().min(2, "must be at least 2 characters").max(80, "must be at most 80 characters"),
});
export type CreateWorkspaceInput = z.infer<typeof createWorkspaceSchema>;

/** The keyset of the last member of a page: members are listed by role (owners first), then joining order. */
export const memberCursorSchema = z.strictObject({
  role: z.enum(ROLE_VALUES),
  joinedAt: z.iso.datetime(),
  userId: z.string().max(100),
});
export type MemberCursor = z.infer<typeof memberCursorSchema>;

/** Where a list of members starts: after a cursor (the next page) or before one (the previous). */
export interface MemberListQuery {
  limit: number;
  after: MemberCursor | null;
  before?: MemberCursor | null;
}

/** Rows on one page of the members list. */
export const MEMBERS_PER_PAGE = 50;

/** The members page's URL: ?cursor= for the page after that member, ?before= for the page before. */
export const memberListQuerySchema = z
  .object({ cursor: z.string().max(500).optional(), before: z.string().max(500).optional() })
  .transform(({ cursor, before }, ctx): MemberListQuery => {
    const limit = MEMBERS_PER_PAGE;
    if (before === undefined) return { ...toPageQuery({ limit, cursor }, memberCursorSchema, ctx), before: null };
    const page = toPageQuery({ limit, cursor: before }, memberCursorSchema, ctx);
    return { limit, after: null, before: page.after };
  });

// The members list's SQL, apart from the queries so a test can EXPLAIN it (members.test.ts).
// Members are listed by role (the Role enum's order: owners first), then in the order they
// joined; a page is one range of the (workspaceId, role, createdAt, userId) index, read forwards
// for the page after a cursor and backwards for the page before one.
import { Prisma } from "@/generated/prisma/client";
import { toDbEnum } from "@/lib/db-enums";
import type { MemberListQuery } from "@/lib/workspaces/schema";

/** One page of a workspace's members with their names (one row more, to tell whether another follows). */
export function memberPageSql(workspaceId: string, query: MemberListQuery): Prisma.Sql {
  const isBackward = Boolean(query.before);
  const key = query.before ?? query.after;
  const direction = Prisma.raw(isBackward ? "DESC" : "ASC");
  const keyset = key
    ? Prisma.sql`AND (m.role, m."createdAt", m."userId") ${Prisma.raw(isBackward ? "<" : ">")}
        (${toDbEnum(key.role)}::"Role", ${key.joinedAt}::timestamptz AT TIME ZONE 'UTC', ${key.userId})`
    : Prisma.empty;
  return Prisma.sql`
    SELECT m.role, m."createdAt", json_build_object('id', u.id, 'name', u.name, 'email', u.email) AS "user"
    FROM (
      SELECT role, "createdAt", "userId" FROM "Membership" m
      WHERE m."workspaceId" = ${workspaceId} ${keyset}
      ORDER BY m.role ${direction}, m."createdAt" ${direction}, m."userId" ${direction}
      LIMIT ${query.limit + 1}
    ) m JOIN "User" u ON u.id = m."userId"
    ORDER BY m.role ${direction}, m."createdAt" ${direction}, m."userId" ${direction}`;
}

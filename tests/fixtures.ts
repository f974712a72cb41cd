// Test data for data-layer tests: each call creates its own workspace and people, so tests
// never see each other's claims.
import { randomUUID } from "node:crypto";
import type { Prisma, Role } from "@/generated/prisma/client";
import type { Viewer } from "@/lib/auth/types";
import { db } from "@/lib/db";
import { readEvent, storedEventInclude } from "@/lib/events/read";
import type { DomainEvent } from "@/lib/events/schema";
import { hashPassword } from "@/lib/users/passwords";
import { seedWorkspace } from "@/prisma/seed/demo";

const ROLES: Role[] = ["OWNER", "EDITOR", "REVIEWER", "VIEWER"];

export async function createTestWorkspace() {
  const id = randomUUID().slice(0, 8);
  const users = [
    ...ROLES.map((role) => ({ role, name: `${role.toLowerCase()} ${id}` })),
    { role: "REVIEWER" as Role, name: `second reviewer ${id}` },
  ];
  const seeded = await seedWorkspace(db, {
    slug: `test-${id}`,
    name: `Test ${id}`,
    password: "test-password",
    users: users.map((user, index) => ({ email: `u${index}-${id}@factmark.test`, name: user.name, role: user.role })),
  });
  const viewer = (index: number): Viewer => {
    const email = `u${index}-${id}@factmark.test`;
    return { userId: seeded.users[email]!, name: users[index]!.name, email };
  };
  const articleId = (slugPart: string) => {
    const slug = Object.keys(seeded.articles).find((s) => s.includes(slugPart));
    return seeded.articles[slug!]!;
  };
  return {
    workspace: seeded.workspace,
    owner: viewer(0),
    editor: viewer(1),
    reviewer: viewer(2),
    viewerOnly: viewer(3),
    secondReviewer: viewer(4),
    whoIsFriends: articleId("who-is-friends"),
    friendsAndComrades: articleId("friends-and-comrades"),
  };
}

/** The selection a browser would send for the first occurrence of `exact` in an article. */
export async function selectionOf(articleId: string, exact: string) {
  const { text } = await db.article.findUniqueOrThrow({ where: { id: articleId }, select: { text: true } });
  const start = text.indexOf(exact);
  if (start < 0) throw new Error(`"${exact}" is not in the article`);
  return { start, end: start + exact.length, exact };
}

/** A signed-up person who belongs to no workspace yet (password "test-password"). */
export async function createTestUser(namePrefix = "newcomer"): Promise<Viewer> {
  const id = randomUUID().slice(0, 8);
  const email = `${namePrefix}-${id}@factmark.test`;
  const name = `${namePrefix} ${id}`;
  const user = await db.user.create({ data: { email, name, passwordHash: await hashPassword("test-password") } });
  return { userId: user.id, name, email };
}

/**
 * The stored events matching `where`, oldest first, read as the feed and live views read them
 * (lib/events/read.ts). Throws naming the rows readEvent cannot read: a mutation wrote a shape
 * its readers drop.
 */
export async function readStoredEvents(where: Prisma.AuditEventWhereInput): Promise<DomainEvent[]> {
  const rows = await db.auditEvent.findMany({ where, include: storedEventInclude, orderBy: { id: "asc" } });
  const events = rows.map(readEvent);
  const unreadable = rows.filter((_row, index) => events[index] === null).map((row) => `${row.id} ${row.action}`);
  if (unreadable.length > 0) throw new Error(`unreadable events: ${unreadable.join(", ")}`);
  return events.filter((event): event is DomainEvent => event !== null);
}

// The demo workspace: both seed articles and a small desk of people. Idempotent: what exists
// is left as it is, so reviewers' work and edited articles survive a restart.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import type { PrismaClient, Role } from "@/generated/prisma/client";
import { getDocumentText, getStandfirst, getTitle } from "@/lib/articles/document";
import { parsePlainTextArticle } from "@/lib/articles/parse-plain-text";
import { hashPassword } from "@/lib/users/passwords";

export const DEMO_PASSWORD = "factmark-demo";
export const DEMO_WORKSPACE = { slug: "newsroom", name: "Newsroom desk" };

export const DEMO_USERS: { email: string; name: string; role: Role }[] = [
  { email: "olivia@factmark.test", name: "Olivia Owner", role: "OWNER" },
  { email: "edith@factmark.test", name: "Edith Editor", role: "EDITOR" },
  { email: "rafael@factmark.test", name: "Rafael Reviewer", role: "REVIEWER" },
  { email: "rosa@factmark.test", name: "Rosa Reviewer", role: "REVIEWER" },
  { email: "victor@factmark.test", name: "Victor Viewer", role: "VIEWER" },
];

const articlesDir = path.join(import.meta.dirname, "articles");

export async function seedDemo(db: PrismaClient) {
  const workspace = await db.workspace.upsert({
    where: { slug: DEMO_WORKSPACE.slug },
    update: {},
    create: DEMO_WORKSPACE,
  });
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const user of DEMO_USERS) {
    const row = await db.user.upsert({
      where: { email: user.email },
      update: {},
      create: { email: user.email, name: user.name, passwordHash },
    });
    await db.membership.upsert({
      where: { workspaceId_userId: { workspaceId: workspace.id, userId: row.id } },
      update: {},
      create: { workspaceId: workspace.id, userId: row.id, role: user.role },
    });
  }
  for (const file of readdirSync(articlesDir).filter((name) => name.endsWith(".txt")).sort()) {
    const document = parsePlainTextArticle(readFileSync(path.join(articlesDir, file), "utf8"));
    const slug = file.replace(/\.txt$/, "");
    await db.article.upsert({
      where: { workspaceId_slug: { workspaceId: workspace.id, slug } },
      update: {},
      create: {
        workspaceId: workspace.id,
        slug,
        title: getTitle(document),
        standfirst: getStandfirst(document),
        document: { blocks: document.blocks.map(({ type, text }) => ({ type, text })) },
        text: getDocumentText(document),
      },
    });
  }
  return workspace;
}

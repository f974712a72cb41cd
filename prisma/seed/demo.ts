// Workspaces with both seed articles and a desk of people. Idempotent: what exists is left as it
// is, so reviewers' work survives a restart. The e2e and integration tests seed their own
// workspaces through seedWorkspace, so each test starts from a known state.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import type { PrismaClient, Role } from "@/generated/prisma/client";
import { newArticleContent } from "@/lib/articles/content";
import { parsePlainTextArticle } from "@/lib/articles/parse-plain-text";
import { hashPassword } from "@/lib/users/passwords";

export const DEMO_PASSWORD = "factmark-demo";

export interface SeedUser {
  email: string;
  name: string;
  role: Role;
}

export interface SeedWorkspace {
  slug: string;
  name: string;
  users: SeedUser[];
  password: string;
}

export const DEMO_WORKSPACE: SeedWorkspace = {
  slug: "newsroom",
  name: "Newsroom desk",
  password: DEMO_PASSWORD,
  users: [
    { email: "olivia@factmark.test", name: "Olivia Owner", role: "OWNER" },
    { email: "edith@factmark.test", name: "Edith Editor", role: "EDITOR" },
    { email: "rafael@factmark.test", name: "Rafael Reviewer", role: "REVIEWER" },
    { email: "rosa@factmark.test", name: "Rosa Reviewer", role: "REVIEWER" },
    { email: "victor@factmark.test", name: "Victor Viewer", role: "VIEWER" },
  ],
};

const articlesDir = path.join(import.meta.dirname, "articles");

/** The seed articles' slugs, in the order they are created. */
export const SEED_ARTICLE_SLUGS = readdirSync(articlesDir)
  .filter((name) => name.endsWith(".txt"))
  .sort()
  .map((name) => name.replace(/\.txt$/, ""));

export async function seedWorkspace(db: PrismaClient, seed: SeedWorkspace) {
  const workspace = await db.workspace.upsert({
    where: { slug: seed.slug },
    update: {},
    create: { slug: seed.slug, name: seed.name },
  });
  const passwordHash = await hashPassword(seed.password);
  const users: Record<string, string> = {};
  for (const user of seed.users) {
    const row = await db.user.upsert({
      where: { email: user.email },
      update: {},
      create: { email: user.email, name: user.name, passwordHash },
    });
    users[user.email] = row.id;
    await db.membership.upsert({
      where: { workspaceId_userId: { workspaceId: workspace.id, userId: row.id } },
      update: {},
      create: { workspaceId: workspace.id, userId: row.id, role: user.role },
    });
  }
  const articles: Record<string, string> = {};
  for (const slug of SEED_ARTICLE_SLUGS) {
    const document = parsePlainTextArticle(readFileSync(path.join(articlesDir, `${slug}.txt`), "utf8"));
    const row = await db.article.upsert({
      where: { workspaceId_slug: { workspaceId: workspace.id, slug } },
      update: {},
      create: {
        workspaceId: workspace.id,
        slug,
        ...newArticleContent(document, null),
      },
    });
    articles[slug] = row.id;
  }
  return { workspace, users, articles };
}

// Workspaces with both seed articles and a desk of people. The e2e and integration tests seed
// their own workspaces through seedWorkspace, so each test starts from a known state; scripts/start.ts
// seeds the demo desk only where it is a demo (scripts/lib/demo.ts decides).
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import type { PrismaClient, Role } from "@/generated/prisma/client";
import { newArticleContent } from "@/lib/articles/content";
import { getDocumentText, type ArticleDocument } from "@/lib/articles/document";
import { parsePlainTextArticle } from "@/lib/articles/parse-plain-text";
import { storePassages, type ComputedPassages } from "@/lib/passage-index/store";
import { hashPassword } from "@/lib/users/passwords";

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

/** The demo desk. Its password is not in the repository: it is made per data folder (scripts/lib/demo.ts). */
export const demoWorkspace = (password: string): SeedWorkspace => ({
  slug: "newsroom",
  name: "Newsroom desk",
  password,
  users: [
    { email: "olivia@factmark.test", name: "Olivia Owner", role: "OWNER" },
    { email: "edith@factmark.test", name: "Edith Editor", role: "EDITOR" },
    { email: "rafael@factmark.test", name: "Rafael Reviewer", role: "REVIEWER" },
    { email: "rosa@factmark.test", name: "Rosa Reviewer", role: "REVIEWER" },
    { email: "victor@factmark.test", name: "Victor Viewer", role: "VIEWER" },
  ],
});

const articlesDir = path.join(import.meta.dirname, "articles");

/** The seed articles' slugs, in the order they are created. */
export const SEED_ARTICLE_SLUGS = readdirSync(articlesDir)
  .filter((name) => name.endsWith(".txt"))
  .sort()
  .map((name) => name.replace(/\.txt$/, ""));

export interface SeededWorkspace {
  workspace: { id: string; slug: string; name: string };
  /** email → user id, for the seed's people who are still members. */
  users: Record<string, string>;
  /** slug → article id. */
  articles: Record<string, string>;
  /** False when the workspace was already there and was left exactly as it is. */
  created: boolean;
}

/**
 * Seeds a workspace once, in one transaction. The workspace's existence is the marker: when it
 * exists nothing is written, so a member removed since (or a changed article) stays as the desk
 * left it, and a restart never puts a removed person back. `withPassages`: the articles' related
 * passages too, split in this process (the demo desk; tests leave it to the app's first request,
 * rather than load the tagger in every test file).
 */
export async function seedWorkspace(
  db: PrismaClient,
  seed: SeedWorkspace,
  { withPassages = false } = {},
): Promise<SeededWorkspace> {
  const existing = await readSeeded(db, seed);
  if (existing) return existing;
  const passwordHash = await hashPassword(seed.password);
  const documents = SEED_ARTICLE_SLUGS.map((slug) => ({
    slug,
    document: parsePlainTextArticle(readFileSync(path.join(articlesDir, `${slug}.txt`), "utf8")),
  }));
  const passages = withPassages ? await splitSeedPassages(documents.map((d) => d.document)) : [];
  return db.$transaction(
    async (tx) => {
      const workspace = await tx.workspace.create({ data: { slug: seed.slug, name: seed.name } });
      const users: Record<string, string> = {};
      for (const user of seed.users) {
        // A person may already exist (signed up before the demo was asked for): keep their password.
        const row = await tx.user.upsert({
          where: { email: user.email },
          update: {},
          create: { email: user.email, name: user.name, passwordHash },
        });
        users[user.email] = row.id;
        await tx.membership.create({ data: { workspaceId: workspace.id, userId: row.id, role: user.role } });
      }
      const articles: Record<string, string> = {};
      for (const [index, { slug, document }] of documents.entries()) {
        const row = await tx.article.create({
          data: { workspaceId: workspace.id, slug, ...newArticleContent(document, null) },
        });
        articles[slug] = row.id;
        const computed = passages[index];
        if (computed) await storePassages(tx, { id: row.id, workspaceId: workspace.id, revision: 1 }, computed);
      }
      return { workspace, users, articles, created: true };
    },
    { timeout: 60_000 },
  );
}

/** The seed articles' passages, split here: the tagger loads only when asked for. */
async function splitSeedPassages(documents: readonly ArticleDocument[]): Promise<ComputedPassages[]> {
  const { splitPassages } = await import("@/lib/passages/related");
  return documents.map((document) => ({ passages: splitPassages(getDocumentText(document)), error: null }));
}

async function readSeeded(db: PrismaClient, seed: SeedWorkspace): Promise<SeededWorkspace | null> {
  const workspace = await db.workspace.findUnique({
    where: { slug: seed.slug },
    include: {
      memberships: { include: { user: { select: { email: true } } } },
      articles: { select: { id: true, slug: true } },
    },
  });
  if (!workspace) return null;
  const emails = new Set(seed.users.map((user) => user.email));
  const users = Object.fromEntries(
    workspace.memberships.filter((m) => emails.has(m.user.email)).map((m) => [m.user.email, m.userId]),
  );
  const articles = Object.fromEntries(workspace.articles.map((a) => [a.slug, a.id]));
  const { id, slug, name } = workspace;
  return { workspace: { id, slug, name }, users, articles, created: false };
}

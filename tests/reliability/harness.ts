// What the load and fault tests share: a fresh database with the reliability desk, the app on a
// production build (bench/app-server.ts), signed-in reviewers (bench/http-client.ts's signIn)
// and the loop that runs them until told to stop.
import { writeFileSync } from "node:fs";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { signIn } from "@/bench/http-client";
import { migrateDatabase, recreateDatabase } from "@/scripts/lib/database";
import { createSpanSource, RELIABILITY_PASSWORD, seedReliabilityDesk, type ReliabilityDesk, type Span } from "./desk";
import { createReviewerHttp, type ReviewerHttp } from "./http";
import type { Ledger } from "./ledger";
import { runReviewer } from "./reviewer";

/** Drops and recreates `url`'s database (the test's own), migrates it and seeds the desk. */
export async function prepareDatabase(url: string): Promise<ReliabilityDesk> {
  await recreateDatabase(url);
  await migrateDatabase(url);
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  try {
    return await seedReliabilityDesk(db);
  } finally {
    await db.$disconnect();
  }
}

export interface SignedInReviewer {
  email: string;
  cookie: string;
  http: ReviewerHttp;
}

/** `count` sessions, each signed in over HTTP on its own, spread round-robin over the reviewers. */
export async function signInReviewers(
  baseUrl: string,
  desk: ReliabilityDesk,
  count: number,
  timeoutMs: number,
): Promise<SignedInReviewer[]> {
  const reviewers: SignedInReviewer[] = [];
  // A few at a time: each sign-in is a bcrypt comparison on the app's side.
  for (let first = 0; first < count; first += 5) {
    const batch = Array.from({ length: Math.min(5, count - first) }, async (_, offset) => {
      const { email } = desk.reviewers[(first + offset) % desk.reviewers.length]!;
      const session = await signIn(baseUrl, email, RELIABILITY_PASSWORD);
      const cookie = `${session.name}=${session.value}`;
      return { email, cookie, http: createReviewerHttp(baseUrl, cookie, timeoutMs) };
    });
    reviewers.push(...(await Promise.all(batch)));
  }
  return reviewers;
}

/** One span source per article, shared by everyone marking claims on it. */
export const createSpanSources = (desk: ReliabilityDesk) =>
  desk.articles.map((article, index) => createSpanSource(article.text, 1_000 + index));

export interface RunOptions {
  desk: ReliabilityDesk;
  spanSources: (() => Span)[];
  reviewers: SignedInReviewer[];
  ledger: Ledger;
  isDone: () => boolean;
  pauseAfterFailureMs: number;
}

/** Runs every reviewer until isDone(); reviewer n works on article n mod 10. */
export async function runReviewers(options: RunOptions): Promise<void> {
  const { desk, spanSources } = options;
  await Promise.all(
    options.reviewers.map((reviewer, index) =>
      runReviewer({
        http: reviewer.http,
        workspaceSlug: desk.workspaceSlug,
        article: desk.articles[index % desk.articles.length]!,
        nextSpan: spanSources[index % desk.articles.length]!,
        ledger: options.ledger,
        seed: 7 + index,
        isDone: options.isDone,
        pauseAfterFailureMs: options.pauseAfterFailureMs,
      }),
    ),
  );
  for (const reviewer of options.reviewers) reviewer.http.close();
}

/** For scripts/test-reliability.ts's summary: a few lines of figures. */
export function writeSummary(file: string | undefined, lines: string[]) {
  if (file) writeFileSync(file, `${lines.join("\n")}\n`);
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

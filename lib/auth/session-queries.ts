import "server-only";
// Revocable JWT sessions. Each user has a sessionVersion; sign-in puts it in the token, and every
// use of the token compares it with the user's current one. Bumping it (sign-out, "sign out
// everywhere", a password change or reset) turns every token issued before into a signed-out one.
//
// The current version is cached in-process for a few seconds so that a page's several session
// checks do not each cost a query. A bump clears this process's entry at once, so the instance
// that signed someone out refuses the old token on the very next request; other instances
// follow within CACHE_MS.
import { db, type Tx } from "@/lib/db";

export const SESSION_VERSION_CACHE_MS = 5_000;

type Entry = { version: number | null; at: number };
// On globalThis: the proxy (proxy.ts) and the app's routes are separate bundles in one process,
// and a bump in one must clear the entry the other reads.
const globalCache = globalThis as unknown as { factmarkSessionVersions?: Map<string, Entry> };
const cache = (globalCache.factmarkSessionVersions ??= new Map());

/** The user's current session version, or null when the user no longer exists. */
export async function getSessionVersion(userId: string, now = Date.now()): Promise<number | null> {
  const cached = cache.get(userId);
  if (cached && now - cached.at < SESSION_VERSION_CACHE_MS) return cached.version;
  const user = await db.user.findUnique({ where: { id: userId }, select: { sessionVersion: true } });
  const version = user?.sessionVersion ?? null;
  // Bounded: a stale entry is only a few seconds of saved queries, so dropping all is fine.
  if (cache.size > 10_000) cache.clear();
  cache.set(userId, { version, at: now });
  return version;
}

/** Whether a token's version is still the user's current one. */
export async function isSessionCurrent(userId: string, tokenVersion: unknown): Promise<boolean> {
  if (typeof tokenVersion !== "number") return false;
  return (await getSessionVersion(userId)) === tokenVersion;
}

/**
 * Makes every session of the user stale, inside the caller's transaction. Call
 * forgetSessionVersion(userId) once it has committed (bumpSessionVersion below does both).
 */
export async function bumpSessionVersionIn(tx: Tx, userId: string): Promise<number> {
  const user = await tx.user.update({
    where: { id: userId },
    data: { sessionVersion: { increment: 1 } },
    select: { sessionVersion: true },
  });
  return user.sessionVersion;
}

/** Signs the user out everywhere: every token issued before now stops working. */
export async function bumpSessionVersion(userId: string): Promise<number> {
  const version = await bumpSessionVersionIn(db, userId);
  forgetSessionVersion(userId);
  return version;
}

/** Drops this process's cached version, so the next check reads the database. */
export function forgetSessionVersion(userId: string) {
  cache.delete(userId);
}

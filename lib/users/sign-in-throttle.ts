import "server-only";
// Slows down password guessing: after too many failed sign-ins for one email, or from one client
// address, within a sliding window, further attempts are refused without checking the password
// until the oldest counted failure leaves the window. The rule (decideSignIn) is pure; the
// queries around it read and write SignInAttempt.
import { db } from "@/lib/db";

export const THROTTLE_WINDOW_MS = 15 * 60_000;
// Five is enough for typos and a forgotten caps lock; twenty per address leaves room for a
// newsroom behind one NAT while still stopping a spray across many accounts.
export const MAX_FAILURES_PER_EMAIL = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;

/** Recent failures, newest first; only the newest `MAX_FAILURES_PER_*` are needed. */
export interface FailureHistory {
  emailFailures: Date[];
  addressFailures: Date[];
}

export type ThrottleDecision = { allowed: true } | { allowed: false; retryAt: Date; retryAfterMinutes: number };

/**
 * Whether another attempt may be checked now. With n ≥ max failures in the window, the count
 * drops below max when the max-th newest failure leaves it, so that one sets the retry time.
 */
export function decideSignIn(history: FailureHistory, now: Date): ThrottleDecision {
  const since = now.getTime() - THROTTLE_WINDOW_MS;
  const retryTimes = [
    retryTime(history.emailFailures, MAX_FAILURES_PER_EMAIL, since),
    retryTime(history.addressFailures, MAX_FAILURES_PER_ADDRESS, since),
  ].filter((time): time is number => time !== null);
  if (retryTimes.length === 0) return { allowed: true };
  const retryAt = Math.max(...retryTimes);
  return {
    allowed: false,
    retryAt: new Date(retryAt),
    retryAfterMinutes: Math.max(1, Math.ceil((retryAt - now.getTime()) / 60_000)),
  };
}

function retryTime(failuresNewestFirst: Date[], max: number, since: number): number | null {
  const inWindow = failuresNewestFirst.filter((at) => at.getTime() > since);
  if (inWindow.length < max) return null;
  return inWindow[max - 1]!.getTime() + THROTTLE_WINDOW_MS;
}

export const throttleMessage = (minutes: number) =>
  `Too many failed sign-ins; try again in ${minutes} ${minutes === 1 ? "minute" : "minutes"}`;

/**
 * The client's address: the first x-forwarded-for entry, else x-real-ip. Next.js fills in
 * x-forwarded-for from the socket when no proxy did, so it is present on every request.
 */
export function getClientAddress(headers: Headers): string | null {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  const address = forwarded || headers.get("x-real-ip")?.trim();
  return address ? address.slice(0, 100) : null;
}

/**
 * Loopback is this machine itself, or a proxy that did not forward the client's address: every
 * user would then share it, and one person's typos (or one attacker) would lock out the whole
 * desk. The per-email limit still applies. This opens no hole: x-forwarded-for is the client's
 * to write, so anyone who wants to dodge the per-address limit can already name a fresh address.
 */
export const isSharedAddress = (address: string) => /^(127\.|::1$|::ffff:127\.|localhost$)/i.test(address);

/** Reads the recent failures for an email (after its last success) and an address, and decides. */
export async function checkSignInThrottle(email: string, address: string | null, now = new Date()) {
  const since = new Date(now.getTime() - THROTTLE_WINDOW_MS);
  const lastSuccess = await db.signInAttempt.findFirst({
    where: { email, succeeded: true, createdAt: { gt: since } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  // A correct password proves the typos were the owner's: failures before it stop counting for
  // the email. Not for the address, where an attacker could reset the count with their own account.
  const emailSince = lastSuccess && lastSuccess.createdAt > since ? lastSuccess.createdAt : since;
  const [emailFailures, addressFailures] = await Promise.all([
    recentFailures({ email }, emailSince, MAX_FAILURES_PER_EMAIL),
    address && !isSharedAddress(address)
      ? recentFailures({ address }, since, MAX_FAILURES_PER_ADDRESS)
      : Promise.resolve([]),
  ]);
  return decideSignIn({ emailFailures, addressFailures }, now);
}

async function recentFailures(who: { email: string } | { address: string }, since: Date, take: number) {
  const rows = await db.signInAttempt.findMany({
    where: { ...who, succeeded: false, createdAt: { gt: since } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
    take,
  });
  return rows.map((row) => row.createdAt);
}

/**
 * Records a checked attempt. Refused attempts are not recorded: counting them would keep a
 * person locked out for as long as anyone kept knocking, instead of for one window.
 */
export async function recordSignInAttempt(email: string, address: string | null, succeeded: boolean) {
  await db.signInAttempt.create({ data: { email, address, succeeded } });
}

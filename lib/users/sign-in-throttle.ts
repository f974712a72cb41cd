import "server-only";
// Slows down password guessing: after too many failed sign-ins for one email, or from one client
// address, within a sliding window, further attempts are refused without checking the password
// until the oldest counted failure leaves the window. The rule (decideSignIn) is pure; the
// queries around it read and write SignInAttempt.
import { db, type Tx } from "@/lib/db";

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
 * Loopback is this machine itself, or a proxy on it that was not counted in TRUSTED_PROXY_HOPS:
 * every user would then share it, and one person's typos (or one attacker) would lock out the
 * whole desk. The per-email limit still applies. The address itself comes from the socket (or
 * trusted proxies only, lib/http/client-address.ts), so a client cannot claim to be loopback.
 */
export const isSharedAddress = (address: string) => /^(127\.|::1$|::ffff:127\.|localhost$)/i.test(address);

/**
 * Reads the recent failures for an email (after its last success) and an address, and decides.
 * Pending attempts (reserved, password not yet checked) count as failures.
 */
export async function checkSignInThrottle(email: string, address: string | null, now = new Date(), tx: Tx = db) {
  const since = new Date(now.getTime() - THROTTLE_WINDOW_MS);
  const lastSuccess = await tx.signInAttempt.findFirst({
    where: { email, succeeded: true, createdAt: { gt: since } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  // A correct password proves the typos were the owner's: failures before it stop counting for
  // the email. Not for the address, where an attacker could reset the count with their own account.
  const emailSince = lastSuccess && lastSuccess.createdAt > since ? lastSuccess.createdAt : since;
  const emailFailures = await recentFailures(tx, { email }, emailSince, MAX_FAILURES_PER_EMAIL);
  const addressFailures =
    address && !isSharedAddress(address) ? await recentFailures(tx, { address }, since, MAX_FAILURES_PER_ADDRESS) : [];
  return decideSignIn({ emailFailures, addressFailures }, now);
}

async function recentFailures(tx: Tx, who: { email: string } | { address: string }, since: Date, take: number) {
  const rows = await tx.signInAttempt.findMany({
    // succeeded null: reserved and not yet checked; counted, so parallel guesses see each other.
    where: { ...who, OR: [{ succeeded: false }, { succeeded: null }], createdAt: { gt: since } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
    take,
  });
  return rows.map((row) => row.createdAt);
}

export type Reservation = { allowed: true; attemptId: bigint } | Extract<ThrottleDecision, { allowed: false }>;

/**
 * Decides and, when allowed, records the attempt as pending, in one transaction holding advisory
 * locks on the email and the address: of attempts racing each other, each sees the ones reserved
 * before it, so no more than the limit are ever checked. Refused attempts are not recorded:
 * counting them would keep a person locked out for as long as anyone kept knocking.
 *
 * A burst of attempts must not hold the database's connections while it waits for those locks
 * (25 at once did: each transaction sat on a pooled connection behind the lock until Prisma's
 * transaction time-out expired under load). So an attempt already refused by what is committed
 * is answered without a lock, and this process reserves one attempt at a time per email and per
 * address: the transactions stay short, attempts for other people and places are not queued
 * behind a burst (an attacker knocking on many accounts holds up no one else's sign-in), and
 * across processes the advisory locks still decide.
 */
export async function reserveSignInAttempt(email: string, address: string | null): Promise<Reservation> {
  const early = await checkSignInThrottle(email, address);
  if (!early.allowed) return early;
  const countsAddress = address !== null && !isSharedAddress(address);
  return oneAtATimePer([`email:${email}`, ...(countsAddress ? [`address:${address}`] : [])], () =>
    db.$transaction(async (tx) => {
      // Always email then address (two lock namespaces), so two attempts never wait on each other in a cycle.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${EMAIL_LOCK}::int, hashtext(${email}))`;
      if (countsAddress) await tx.$executeRaw`SELECT pg_advisory_xact_lock(${ADDRESS_LOCK}::int, hashtext(${address}))`;
      // Taken after the locks: the database's now() is the transaction's start, which would put a
      // later reservation before an earlier one.
      const now = new Date();
      const decision = await checkSignInThrottle(email, address, now, tx);
      if (!decision.allowed) return decision;
      const row = await tx.signInAttempt.create({ data: { email, address, succeeded: null, createdAt: now } });
      return { allowed: true as const, attemptId: row.id };
    }),
  );
}

// This process's queues of reservations, by email and by address: the tail of each. An attempt
// starts once the attempts before it on its email and on its address have settled.
const queueTails = new Map<string, Promise<unknown>>();

function oneAtATimePer<T>(keys: string[], run: () => Promise<T>): Promise<T> {
  const before = Promise.all(keys.map((key) => queueTails.get(key)));
  const result = before.then(run);
  const settled = result.catch(() => undefined);
  for (const key of keys) queueTails.set(key, settled);
  // The last in a queue removes it, so the map holds only queues with attempts in them.
  void settled.then(() => {
    for (const key of keys) if (queueTails.get(key) === settled) queueTails.delete(key);
  });
  return result;
}

/** Advisory lock namespaces: reservations for one email, and for one address, one at a time. */
export const EMAIL_LOCK = 7301;
const ADDRESS_LOCK = 7302;

/**
 * Marks a reserved attempt with its outcome. An attempt never marked (the process died while
 * checking) keeps counting as a failure until it leaves the window: the safe side.
 */
export async function settleSignInAttempt(attemptId: bigint, succeeded: boolean) {
  await db.signInAttempt.update({ where: { id: attemptId }, data: { succeeded } });
}

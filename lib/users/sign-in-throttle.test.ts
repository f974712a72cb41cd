// The sign-in throttle: the pure rule, then the same rule end to end through verifyCredentials on
// a real PostgreSQL (tests/global-setup.ts).
import { randomUUID } from "node:crypto";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  EMAIL_LOCK,
  checkSignInThrottle,
  decideSignIn,
  isSharedAddress,
  reserveSignInAttempt,
  throttleMessage,
  THROTTLE_WINDOW_MS,
} from "@/lib/users/sign-in-throttle";
import { verifyCredentials } from "@/lib/users/verify-credentials";
import { createTestUser } from "@/tests/fixtures";

const NOW = new Date("2026-11-25T12:00:00Z");
const secondsAgo = (seconds: number) => new Date(NOW.getTime() - seconds * 1_000);
/** n failures, ten seconds apart, the newest ten seconds ago: newest first, as the queries return them. */
const failures = (n: number) => Array.from({ length: n }, (_, i) => secondsAgo(10 * (i + 1)));

describe("decideSignIn", () => {
  it("allows four failures for an email and refuses the fifth onwards", () => {
    expect(decideSignIn({ emailFailures: failures(4), addressFailures: [] }, NOW)).toEqual({ allowed: true });
    expect(decideSignIn({ emailFailures: failures(5), addressFailures: [] }, NOW)).toMatchObject({ allowed: false });
    expect(decideSignIn({ emailFailures: failures(9), addressFailures: [] }, NOW)).toMatchObject({ allowed: false });
  });

  it("lets attempts through again once the fifth-newest failure leaves the 15-minute window", () => {
    // With failures 10..50 s ago, the one 50 s ago leaves the window in 14 min 10 s.
    const retryAt = new Date(secondsAgo(50).getTime() + THROTTLE_WINDOW_MS);
    const history = { emailFailures: failures(5), addressFailures: [] };
    expect(decideSignIn(history, NOW)).toEqual({ allowed: false, retryAt, retryAfterMinutes: 15 });
    expect(decideSignIn(history, new Date(retryAt.getTime() - 1))).toMatchObject({ allowed: false });
    expect(decideSignIn(history, retryAt)).toEqual({ allowed: true });
  });

  it("ignores failures older than the window", () => {
    const old = [secondsAgo(60), secondsAgo(120), secondsAgo(15 * 60), secondsAgo(16 * 60), secondsAgo(17 * 60)];
    expect(decideSignIn({ emailFailures: old, addressFailures: [] }, NOW)).toEqual({ allowed: true });
  });

  it("refuses an address after twenty failures, whichever emails they were for", () => {
    expect(decideSignIn({ emailFailures: [], addressFailures: failures(19) }, NOW)).toEqual({ allowed: true });
    expect(decideSignIn({ emailFailures: [], addressFailures: failures(20) }, NOW)).toMatchObject({ allowed: false });
  });

  it("waits for the later of the two limits, and never says less than a minute", () => {
    const emailRetry = new Date(secondsAgo(50).getTime() + THROTTLE_WINDOW_MS);
    const addressRetry = new Date(secondsAgo(200).getTime() + THROTTLE_WINDOW_MS);
    const both = decideSignIn({ emailFailures: failures(5), addressFailures: failures(20) }, NOW);
    expect(both).toMatchObject({ allowed: false, retryAt: new Date(Math.max(+emailRetry, +addressRetry)) });
    const justBefore = new Date(emailRetry.getTime() - 5_000);
    expect(decideSignIn({ emailFailures: failures(5), addressFailures: [] }, justBefore)).toMatchObject({
      retryAfterMinutes: 1,
    });
  });

  it("words the refusal for people", () => {
    expect(throttleMessage(1)).toBe("Too many failed sign-ins; try again in 1 minute");
    expect(throttleMessage(14)).toBe("Too many failed sign-ins; try again in 14 minutes");
  });
});

describe("isSharedAddress", () => {
  it("treats loopback as shared, not as one client", () => {
    for (const address of ["127.0.0.1", "::1", "::ffff:127.0.0.1"]) expect(isSharedAddress(address)).toBe(true);
    for (const address of ["203.0.113.7", "2001:db8::1", "10.1.2.3"]) expect(isSharedAddress(address)).toBe(false);
  });
});

const freshAddress = () => `2001:db8::${randomUUID().slice(0, 4)}:${randomUUID().slice(0, 4)}`;

describe("verifyCredentials with the throttle (PostgreSQL)", () => {
  it("refuses the right password after five wrong ones, without recording the refused attempt", async () => {
    const user = await createTestUser();
    const address = freshAddress();
    for (let i = 0; i < 5; i++) {
      expect(await verifyCredentials({ email: user.email, password: `wrong ${i}` }, address)).toEqual({
        status: "invalid",
      });
    }
    const refused = await verifyCredentials({ email: user.email, password: "test-password" }, address);
    expect(refused).toEqual({ status: "throttled", retryAfterMinutes: 15 });
    const rows = await db.signInAttempt.findMany({ where: { email: user.email } });
    expect(rows).toHaveLength(5);
    expect(rows.every((row) => row.succeeded === false && row.address === address)).toBe(true);
  });

  it("counts an email however it is capitalised, and stores it lower-cased", async () => {
    const user = await createTestUser();
    for (let i = 0; i < 5; i++) await verifyCredentials({ email: user.email.toUpperCase(), password: "nope" }, null);
    expect(await db.signInAttempt.count({ where: { email: user.email } })).toBe(5);
    expect(await verifyCredentials({ email: user.email, password: "test-password" }, null)).toMatchObject({
      status: "throttled",
    });
  });

  it("lets the person in again once the window has passed", async () => {
    const user = await createTestUser();
    for (let i = 0; i < 5; i++) await verifyCredentials({ email: user.email, password: "nope" }, null);
    expect(await checkSignInThrottle(user.email, null)).toMatchObject({ allowed: false });
    const afterWindow = new Date(Date.now() + THROTTLE_WINDOW_MS + 1_000);
    expect(await checkSignInThrottle(user.email, null, afterWindow)).toEqual({ allowed: true });
  });

  it("forgets an email's earlier failures after a successful sign-in", async () => {
    const user = await createTestUser();
    for (let i = 0; i < 4; i++) await verifyCredentials({ email: user.email, password: "nope" }, null);
    expect(await verifyCredentials({ email: user.email, password: "test-password" }, null)).toMatchObject({
      status: "ok",
    });
    await verifyCredentials({ email: user.email, password: "nope again" }, null);
    expect(await verifyCredentials({ email: user.email, password: "test-password" }, null)).toMatchObject({
      status: "ok",
    });
  });

  it("refuses an address after twenty failures across emails, even for a right password", async () => {
    const address = freshAddress();
    const sprayed = () => `sprayed-${randomUUID().slice(0, 8)}@factmark.test`;
    // Nineteen written directly (twenty bcrypt checks would only slow the test), the last one for real.
    await db.signInAttempt.createMany({
      data: Array.from({ length: 19 }, () => ({ email: sprayed(), address, succeeded: false })),
    });
    await verifyCredentials({ email: sprayed(), password: "x" }, address);
    const user = await createTestUser();
    expect(await verifyCredentials({ email: user.email, password: "test-password" }, address)).toMatchObject({
      status: "throttled",
    });
    // The same person from another address is not held up by the sprayer.
    expect(await verifyCredentials({ email: user.email, password: "test-password" }, freshAddress())).toMatchObject({
      status: "ok",
    });
  });

  it("does not count loopback as one address: everyone behind it would be locked out together", async () => {
    for (let i = 0; i < 20; i++) {
      await db.signInAttempt.create({
        data: { email: `loop-${randomUUID()}@factmark.test`, address: "127.0.0.1", succeeded: false },
      });
    }
    const user = await createTestUser();
    expect(await verifyCredentials({ email: user.email, password: "test-password" }, "127.0.0.1")).toMatchObject({
      status: "ok",
    });
  });

  // Regression: the limit was read before failures were recorded, so 25 guesses sent at once were
  // all checked. Each attempt is now reserved before its password is looked at.
  it("checks at most five of twenty-five wrong passwords sent at once", async () => {
    const user = await createTestUser();
    const results = await Promise.all(
      Array.from({ length: 25 }, (_, i) => verifyCredentials({ email: user.email, password: `guess ${i}` }, null)),
    );
    expect(results.filter((result) => result.status === "invalid")).toHaveLength(5);
    expect(results.filter((result) => result.status === "throttled")).toHaveLength(20);
    expect(await db.signInAttempt.count({ where: { email: user.email } })).toBe(5);
  });

  it("never checks more than five failures in a row, even with the right password among parallel guesses", async () => {
    const user = await createTestUser();
    const passwords = [...Array.from({ length: 24 }, (_, i) => `guess ${i}`), "test-password"];
    await Promise.all(passwords.map((password) => verifyCredentials({ email: user.email, password }, null)));
    const rows = await db.signInAttempt.findMany({ where: { email: user.email }, orderBy: { id: "asc" } });
    let run = 0;
    for (const row of rows) {
      run = row.succeeded ? 0 : run + 1;
      expect(run).toBeLessThanOrEqual(5);
    }
    expect(rows.filter((row) => row.succeeded === false).length).toBeLessThanOrEqual(10);
  });

  // Regression: this process reserved every attempt in one queue, so attempts at one account that
  // waited (here on its lock, held as another instance would hold it) held up everybody's sign-in.
  it("does not queue another person's sign-in behind attempts at another account", async () => {
    const email = `held-${randomUUID()}@factmark.test`;
    const holder = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await holder.connect();
    await holder.query("BEGIN");
    await holder.query("SELECT pg_advisory_xact_lock($1::int, hashtext($2))", [EMAIL_LOCK, email]);
    let held = true;
    const release = async () => {
      if (!held) return;
      held = false;
      await holder.query("COMMIT");
    };
    try {
      const waiting = reserveSignInAttempt(email, freshAddress());
      // Until it is queued on the lock, in the database.
      const isWaiting = async () =>
        (await holder.query("SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND NOT granted")).rowCount! > 0;
      while (!(await isWaiting())) await new Promise((resolve) => setTimeout(resolve, 20));
      // Breaks the wait should the other attempt be queued behind the held one (the bug).
      const breaker = setTimeout(() => void release(), 10_000);
      const other = await reserveSignInAttempt(`other-${randomUUID()}@factmark.test`, freshAddress());
      expect({ other: other.allowed, answeredWhileHeld: held }).toEqual({ other: true, answeredWhileHeld: true });
      clearTimeout(breaker);
      await release();
      expect((await waiting).allowed).toBe(true);
    } finally {
      await release();
      await holder.end();
    }
  }, 20_000);
});

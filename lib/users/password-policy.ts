// What a new password must be: at least MIN_PASSWORD_LENGTH characters and hard to guess by
// zxcvbn-ts's estimate (score 3 of 4: "safely unguessable" for an online attack, about 10^8
// guesses), with the person's own email and name counted as known words. Applies wherever a
// password is set: the account page, a reset link, a new account from an invitation.
import { AppError } from "@/lib/errors";

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 200;
const MIN_SCORE = 3;

type Zxcvbn = {
  check(password: string, userInputs?: string[]): { score: number; feedback: { warning: string | null } };
};

const commonJs = <T extends { default?: unknown }>(module: T) =>
  ((module.default as T | undefined) ?? module) as T["default"] & T;

// The dictionaries are a few hundred kilobytes: loaded on the first password set, not at start-up
// and never for a sign-in.
let factory: Promise<Zxcvbn> | undefined;
const loadZxcvbn = () =>
  (factory ??= (async () => {
    // Both packages are CommonJS: Node.js puts their exports on `default`, Next.js's bundle
    // gives them as named exports. Take whichever is there.
    const { ZxcvbnFactory } = commonJs(await import("@zxcvbn-ts/core"));
    const { dictionary, adjacencyGraphs } = commonJs(await import("@zxcvbn-ts/language-common"));
    return new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs }) as Zxcvbn;
  })());

// zxcvbn-ts's warnings are keys (its English texts live in a package we do not need); said here
// the way a reader understands them.
const reasons: Record<string, string> = {
  straightRow: "it is a straight row of keys",
  keyPattern: "it is a keyboard pattern",
  simpleRepeat: "it repeats the same characters",
  extendedRepeat: "it repeats the same characters",
  sequences: "it is a common sequence, like abc or 123",
  recentYears: "it contains a recent year",
  dates: "it contains a date",
  topTen: "it is a common password",
  topHundred: "it is a common password",
  common: "it is a common password",
  similarToCommon: "it is close to a common password",
  pwned: "it is a common password",
  wordByItself: "a single word is easy to guess",
  namesByThemselves: "names are easy to guess",
  commonNames: "common names are easy to guess",
  userInputs: "it contains your name or email",
};

export interface PasswordOwner {
  email: string;
  name: string;
}

/** Why a password would be refused, in words, or null when it is fine. */
export async function describeWeakPassword(password: string, owner: PasswordOwner): Promise<string | null> {
  if (password.length < MIN_PASSWORD_LENGTH) return `must be at least ${MIN_PASSWORD_LENGTH} characters`;
  if (password.length > MAX_PASSWORD_LENGTH) return `must be at most ${MAX_PASSWORD_LENGTH} characters`;
  const zxcvbn = await loadZxcvbn();
  // zxcvbn-ts matches user inputs case-sensitively; passwords are compared lower-cased anyway.
  const email = owner.email.toLowerCase();
  const [local = "", domain = ""] = email.split("@");
  const names = owner.name.toLowerCase().split(/\s+/);
  const userInputs = [email, local, local.replace(/[^a-z0-9]/g, ""), domain, ...names, names.join(""), "factmark"];
  const result = zxcvbn.check(password, userInputs.filter(Boolean));
  if (result.score >= MIN_SCORE) return null;
  const reason = reasons[result.feedback.warning ?? ""] ?? "it follows a pattern that is quick to try";
  return `too easy to guess — ${reason}. Add words that are uncommon together.`;
}

/** Throws INVALID_INPUT naming `field` when the password breaks the policy. */
export async function assertStrongPassword(password: string, owner: PasswordOwner, field = "password") {
  const problem = await describeWeakPassword(password, owner);
  if (problem) throw new AppError("INVALID_INPUT", `Password: ${problem}`, field);
}

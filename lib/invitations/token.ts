// Invite links carry a secret token; the database keeps only its SHA-256 hash, so a leaked
// database (or backup) cannot be turned back into working links. A plain hash is enough, unlike
// for passwords: the token is 256 random bits, far beyond guessing.
import { createHash, randomBytes } from "node:crypto";

/** A fresh token (32 random bytes, base64url) and the hash to store. */
export function createInviteToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashInviteToken(token) };
}

export const hashInviteToken = (token: string) => createHash("sha256").update(token, "utf8").digest("hex");

/** Whether a string could be one of our tokens; anything else is not worth a database lookup. */
export const isWellFormedToken = (token: string) => /^[A-Za-z0-9_-]{43}$/.test(token);

/** The path of the accept page for a token. */
export const invitePath = (token: string) => `/invite/${token}`;

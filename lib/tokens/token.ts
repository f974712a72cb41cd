// Personal access tokens: "fmk_" + 32 random bytes (base64url). The database keeps only the
// SHA-256 hash (the token is 256 random bits, so a plain hash cannot be guessed back) and the
// first characters, so a person can tell their tokens apart in a list.
import { createHash, randomBytes } from "node:crypto";

export const TOKEN_PREFIX = "fmk_";
const DISPLAY_LENGTH = TOKEN_PREFIX.length + 6;

/** A fresh token, the hash to store and the prefix to show. */
export function createApiToken(): { token: string; tokenHash: string; prefix: string } {
  const token = TOKEN_PREFIX + randomBytes(32).toString("base64url");
  return { token, tokenHash: hashApiToken(token), prefix: token.slice(0, DISPLAY_LENGTH) };
}

export const hashApiToken = (token: string) => createHash("sha256").update(token, "utf8").digest("hex");

/** Whether a string could be one of our tokens; anything else is not worth a database lookup. */
export const isWellFormedApiToken = (token: string) => /^fmk_[A-Za-z0-9_-]{43}$/.test(token);

/** The token of an `Authorization: Bearer …` header, "" for a malformed one, null without one. */
export function bearerTokenOf(request: Request): string | null {
  const header = request.headers.get("authorization");
  if (header === null) return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match ? match[1]! : "";
}

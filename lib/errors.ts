// One error type for expected failures. Each code has one HTTP status; the message is shown to
// the user as is, so it must name the field and say what is wrong.

export const errorStatus = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  INVALID_INPUT: 422,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof errorStatus;

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** The input field at fault, when there is one: "verdict", "evidence.url", … */
    readonly field?: string,
    /** For CONFLICT: the record as it is now, so the client can show what changed. */
    readonly current?: unknown,
    /** More for the client, spread into the error body: an import's `rejected` list, say. */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = "AppError";
  }
}

/** Too many requests: answered 429 with Retry-After (whole seconds until a retry can succeed). */
export class RateLimitedError extends AppError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super("RATE_LIMITED", message);
  }
}

export const httpStatusFor = (code: ErrorCode) => errorStatus[code];

export const notFound = (what: string) => new AppError("NOT_FOUND", `${what} not found`);
export const forbidden = (message: string) => new AppError("FORBIDDEN", message);
export const invalidInput = (field: string, message: string) =>
  new AppError("INVALID_INPUT", `${field}: ${message}`, field);

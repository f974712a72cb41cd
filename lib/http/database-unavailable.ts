// Whether an error means "the database cannot be reached right now" (it is down, restarting,
// refusing connections or dropped ours) rather than a bug: such requests are answered 503 with
// Retry-After instead of 500. Pure and duck-typed, because the error reaches us in many shapes:
// Prisma's known errors (P1001, or P2010 around a driver error), a bare DriverAdapterError whose
// cause carries the SQLSTATE, pg's DatabaseError, Node's socket errors, or pg's plain Errors
// ("Connection terminated unexpectedly") that Prisma passes through with a clientVersion added.
// Shapes captured from a real outage: tests/reliability/capture-db-errors.ts. A statement
// cancelled by statement_timeout (57014) comes wrapped the same ways: isQueryCanceled.
import { AppError } from "@/lib/errors";

/** Prisma: can't reach the server, timed out, operation timed out, server closed the connection. */
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017"]);

/** PostgreSQL: admin_shutdown, crash_shutdown, cannot_connect_now, too_many_connections. */
const POSTGRES_CODES = new Set(["57P01", "57P02", "57P03", "53300"]);
/** PostgreSQL class 08: connection exceptions. */
const CONNECTION_EXCEPTION = /^08[0-9A-Z]{3}$/;

const SOCKET_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ECONNABORTED",
  "EHOSTUNREACH",
  "ENETUNREACH",
]);

/** @prisma/adapter-pg's kinds for socket errors (DriverAdapterError.cause.kind). */
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);

// pg's own errors have no code, only these messages; the pool one means every connection is
// busy or none could be opened within connectionTimeoutMillis: either way, retry shortly.
const MESSAGES = [
  /^Connection terminated/,
  /^Client has encountered a connection error and is not queryable/,
  /^timeout exceeded when trying to connect/,
  /Can't reach database server/,
];

// Wrappers nest the error that matters a few levels down (Prisma → DriverAdapterError → cause).
const MAX_DEPTH = 6;

/** True when `error`, or an error it wraps, says the database is unreachable or unavailable. */
export function isDatabaseUnavailable(error: unknown): boolean {
  // An expected failure already says what happened, whatever its message.
  if (error instanceof AppError) return false;
  return someNested(error, 0, new Set(), isUnavailable);
}

/**
 * True when PostgreSQL cancelled the statement (query_canceled, SQLSTATE 57014): its
 * statement_timeout (lib/db.ts) ran out, or someone cancelled it. Not a bug, and not an outage.
 */
export function isQueryCanceled(error: unknown): boolean {
  if (error instanceof AppError) return false;
  return someNested(
    error,
    0,
    new Set(),
    (record) => record.code === QUERY_CANCELED || record.originalCode === QUERY_CANCELED,
  );
}

const QUERY_CANCELED = "57014";

function isUnavailable(record: Record<string, unknown>): boolean {
  if (isUnavailableCode(record.code) || isUnavailableCode(record.originalCode)) return true;
  if (typeof record.kind === "string" && ADAPTER_KINDS.has(record.kind)) return true;
  return typeof record.message === "string" && MESSAGES.some((pattern) => pattern.test(record.message as string));
}

/** Whether `value` or an error nested in it passes `test`. */
function someNested(
  value: unknown,
  depth: number,
  seen: Set<object>,
  test: (record: Record<string, unknown>) => boolean,
): boolean {
  if (depth > MAX_DEPTH || value === null || typeof value !== "object" || seen.has(value)) return false;
  seen.add(value);
  const record = value as Record<string, unknown>;
  if (test(record)) return true;
  const nested = [record.cause, record.meta, record.driverAdapterError];
  if (Array.isArray(record.errors)) nested.push(...(record.errors as unknown[]));
  return nested.some((inner) => someNested(inner, depth + 1, seen, test));
}

function isUnavailableCode(code: unknown): boolean {
  if (typeof code !== "string") return false;
  return (
    PRISMA_CODES.has(code) || POSTGRES_CODES.has(code) || CONNECTION_EXCEPTION.test(code) || SOCKET_CODES.has(code)
  );
}

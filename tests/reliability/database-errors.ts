// Errors as the data layer really throws them, captured by tests/reliability/capture-db-errors.ts
// against an embedded PostgreSQL that was shut down, restarted, crashed and black-holed
// (Prisma 6.19 client engine, @prisma/adapter-pg 6.19, pg 8.23). Rebuilt here with the same
// classes and properties, so isDatabaseUnavailable is tested on what an outage produces.
import pg from "pg";
import { Prisma } from "@/generated/prisma/client";

const clientVersion = "6.19.3";

/** Prisma's DriverAdapterError: `cause` holds the adapter's kind and, for postgres errors, the SQLSTATE. */
function driverAdapterError(message: string, cause: Record<string, unknown>) {
  return Object.assign(new Error(message), { name: "DriverAdapterError", cause });
}

const postgresCause = (code: string, message: string) => ({
  originalCode: code,
  originalMessage: message,
  kind: "postgres",
  code,
  severity: "FATAL",
  message,
});

function knownRequestError(message: string, code: string, meta: Record<string, unknown>) {
  return new Prisma.PrismaClientKnownRequestError(message, { code, clientVersion, meta });
}

/** pg passes these through Prisma untouched, with clientVersion added. */
const plainError = (message: string, cause?: unknown) =>
  Object.assign(new Error(message, cause === undefined ? undefined : { cause }), { clientVersion });

function databaseError(message: string, code: string) {
  return Object.assign(new pg.DatabaseError(message, message.length + 20, "error"), { severity: "FATAL", code });
}

function socketError(code: string, message: string) {
  return Object.assign(new Error(message), { errno: -111, code, syscall: "connect", address: "127.0.0.1", port: 5432 });
}

const notReachable = () =>
  driverAdapterError("DatabaseNotReachable", { kind: "DatabaseNotReachable", host: "127.0.0.1", port: 54379 });

/** Seen while PostgreSQL was stopped, stopping, starting or crashed. */
export const outageErrors: Record<string, unknown> = {
  "raw query in flight during a fast shutdown (P2010 around 57P01)": knownRequestError(
    "\nInvalid `prisma.$queryRaw()` invocation:\n\n\nRaw query failed. Code: `57P01`. Message: `terminating connection due to administrator command`",
    "P2010",
    {
      driverAdapterError: driverAdapterError(
        "terminating connection due to administrator command",
        postgresCause("57P01", "terminating connection due to administrator command"),
      ),
    },
  ),
  "interactive transaction whose connection was shut down": plainError(
    "Client has encountered a connection error and is not queryable",
  ),
  "model query, server down (P1001)": knownRequestError(
    "\nInvalid `db.workspace.findMany()` invocation:\n\nCan't reach database server at 127.0.0.1:54379",
    "P1001",
    { modelName: "Workspace", driverAdapterError: notReachable() },
  ),
  "raw query, server down (P2010 around DatabaseNotReachable)": knownRequestError(
    "\nInvalid `prisma.$queryRaw()` invocation:\n\n\nRaw query failed. Code: `N/A`. Message: `Can't reach database server at 127.0.0.1:54379`",
    "P2010",
    { driverAdapterError: notReachable() },
  ),
  "transaction, server down (P1001)": knownRequestError("Can't reach database server at 127.0.0.1:54379", "P1001", {
    driverAdapterError: notReachable(),
  }),
  "model query while shutting down (bare DriverAdapterError, 57P03)": Object.assign(
    driverAdapterError(
      "the database system is shutting down",
      postgresCause("57P03", "the database system is shutting down"),
    ),
    { clientVersion },
  ),
  "raw query during crash recovery (P2010 around 57P03)": knownRequestError(
    "\nInvalid `prisma.$queryRaw()` invocation:\n\n\nRaw query failed. Code: `57P03`. Message: `the database system is in recovery mode`",
    "P2010",
    {
      driverAdapterError: driverAdapterError(
        "the database system is in recovery mode",
        postgresCause("57P03", "the database system is in recovery mode"),
      ),
    },
  ),
  "query on a crashed or killed backend": plainError("Connection terminated unexpectedly"),
  "connection timeout, server never answers": plainError(
    "Connection terminated due to connection timeout",
    new Error("Connection terminated unexpectedly"),
  ),
  "pool exhausted for connectionTimeoutMillis": plainError("timeout exceeded when trying to connect"),
  "pg.Client connect, server down (the live listener)": socketError(
    "ECONNREFUSED",
    "connect ECONNREFUSED 127.0.0.1:54379",
  ),
  "pg.Client connect while starting up (57P03)": databaseError("the database system is starting up", "57P03"),
  "pg.Client connect while shutting down (57P03)": databaseError("the database system is shutting down", "57P03"),
};

/** Not captured (rare in practice), built from PostgreSQL's and Node's documented codes. */
export const documentedOutageErrors: Record<string, unknown> = {
  "crash_shutdown in another session (57P02)": driverAdapterError(
    "terminating connection because of crash of another server process",
    postgresCause("57P02", "terminating connection because of crash of another server process"),
  ),
  "connection_failure (08006)": databaseError("connection failure", "08006"),
  "protocol violation (08P01) inside a P2010": knownRequestError("Raw query failed. Code: `08P01`.", "P2010", {
    driverAdapterError: driverAdapterError("protocol violation", postgresCause("08P01", "protocol violation")),
  }),
  "server closed the connection (P1017)": knownRequestError("Server has closed the connection.", "P1017", {
    driverAdapterError: driverAdapterError("ConnectionClosed", { kind: "ConnectionClosed" }),
  }),
  "socket reset under a wrapper's cause": new Error("query failed", {
    cause: socketError("ECONNRESET", "read ECONNRESET"),
  }),
  "socket timeout (ETIMEDOUT)": socketError("ETIMEDOUT", "connect ETIMEDOUT 10.0.0.5:5432"),
  "every address refused (AggregateError, code only on its errors)": Object.assign(
    new AggregateError([socketError("ECONNREFUSED", "a")], ""),
    {
      code: undefined,
    },
  ),
};

/** Real failures that are not an outage: they must stay 500s (or the AppErrors they become). */
export const otherErrors: Record<string, unknown> = {
  "unique violation (P2002)": knownRequestError("Unique constraint failed on the fields: (`start`)", "P2002", {
    driverAdapterError: driverAdapterError("UniqueConstraintViolation", {
      kind: "UniqueConstraintViolation",
      constraint: { fields: ["articleId", "start", "end"] },
    }),
  }),
  "missing table (P2021), captured": knownRequestError(
    "The table `public.Workspace` does not exist in the current database.",
    "P2021",
    {
      modelName: "Workspace",
      driverAdapterError: driverAdapterError("TableDoesNotExist", {
        originalCode: "42P01",
        originalMessage: 'relation "public.Workspace" does not exist',
        kind: "TableDoesNotExist",
        table: "public.Workspace",
      }),
    },
  ),
  "unsupported column type (P2010), captured": knownRequestError(
    "Failed to deserialize column of type 'void'",
    "P2010",
    {
      driverAdapterError: driverAdapterError("UnsupportedNativeDataType", {
        kind: "UnsupportedNativeDataType",
        type: "void",
      }),
    },
  ),
  "record not found (P2025)": knownRequestError("No record was found for an update.", "P2025", {}),
  "syntax error in SQL (42601)": databaseError('syntax error at or near "SELEC"', "42601"),
  "a bug": new TypeError("Cannot read properties of undefined (reading 'id')"),
  "a thrown string": "something broke",
  nothing: undefined,
};

// Reading a fault run: what the API answered while PostgreSQL was away, whether anything hung,
// and how long after PostgreSQL was back the first write went through again.
import { expectedStatus, WRITE_KINDS, type Sample } from "./ledger";
import { countStatuses } from "./report";

/** Points of the outage, in the ledger's clock (ms). */
export interface OutageTimeline {
  stopRequestedAt: number;
  startRequestedAt: number;
  /** PostgreSQL logged "ready to accept connections". */
  readyAt: number;
}

export interface OutageReport {
  apiStatusesDuringOutage: string;
  pageStatusesDuringOutage: string;
  maxApiLatencyDuringOutageMs: number;
  /** From readyAt to the end of the first 2xx write that started after it. */
  firstWriteAfterReadyMs: number | null;
  /** From readyAt to the end of the last 503; 0 when none came after readyAt. */
  last503AfterReadyMs: number;
  problems: string[];
}

export const RECOVERY_LIMIT_MS = 5_000;
/** An answer during the outage may wait for connectionTimeoutMillis (3 s), not much more. */
const ANSWER_LIMIT_MS = 5_000;

export function analyseOutage(samples: Sample[], timeline: OutageTimeline): OutageReport {
  const { stopRequestedAt, readyAt } = timeline;
  const overlaps = (sample: Sample) => sample.endedAt >= stopRequestedAt && sample.startedAt <= readyAt;
  const api = samples.filter((sample) => sample.kind !== "article page");
  const pages = samples.filter((sample) => sample.kind === "article page");
  const problems = [
    ...api.flatMap((sample) => checkApiSample(sample, timeline)),
    ...pages.flatMap((sample) => checkPage(sample, timeline)),
  ];

  const duringOutage = api.filter(overlaps);
  const maxApiLatencyDuringOutageMs = Math.max(0, ...duringOutage.map((sample) => sample.endedAt - sample.startedAt));
  if (maxApiLatencyDuringOutageMs > ANSWER_LIMIT_MS) {
    problems.push(`an API request during the outage took ${maxApiLatencyDuringOutageMs.toFixed(0)} ms to answer`);
  }
  const isWriteDone = (sample: Sample) =>
    WRITE_KINDS.includes(sample.kind) && sample.status === expectedStatus(sample.kind);
  const firstWrite = api
    .filter((sample) => sample.startedAt >= readyAt && isWriteDone(sample))
    .sort((a, b) => a.endedAt - b.endedAt)[0];
  const firstWriteAfterReadyMs = firstWrite ? firstWrite.endedAt - readyAt : null;
  if (firstWriteAfterReadyMs === null || firstWriteAfterReadyMs > RECOVERY_LIMIT_MS) {
    problems.push(
      `no successful write within ${RECOVERY_LIMIT_MS / 1000} s of PostgreSQL being back (${firstWriteAfterReadyMs ?? "none"} ms)`,
    );
  }
  const late503s = api.filter((sample) => sample.status === 503 && sample.endedAt > readyAt);
  return {
    apiStatusesDuringOutage: countStatuses(duringOutage),
    pageStatusesDuringOutage: countStatuses(pages.filter(overlaps)),
    maxApiLatencyDuringOutageMs,
    firstWriteAfterReadyMs,
    last503AfterReadyMs: Math.max(0, ...late503s.map((sample) => sample.endedAt - readyAt)),
    problems,
  };
}

/** An API answer is right if it is the expected one, or a proper 503 while the database is away. */
function checkApiSample(sample: Sample, { stopRequestedAt, readyAt }: OutageTimeline): string[] {
  const what = `${sample.kind} at ${(sample.startedAt / 1000).toFixed(2)} s`;
  if (sample.status === expectedStatus(sample.kind)) return [];
  if (sample.status === 0) return [`${what}: ${sample.networkError}`];
  if (sample.status !== 503) return [`${what}: ${sample.status} ${sample.errorCode ?? ""}`];
  const problems: string[] = [];
  if (sample.retryAfter !== "5" || sample.errorCode !== "UNAVAILABLE") {
    problems.push(`${what}: 503 with Retry-After ${sample.retryAfter} and code ${sample.errorCode}`);
  }
  if (sample.endedAt < stopRequestedAt) problems.push(`${what}: 503 before the outage`);
  if (sample.startedAt > readyAt + RECOVERY_LIMIT_MS)
    problems.push(`${what}: 503 more than ${RECOVERY_LIMIT_MS / 1000} s after recovery`);
  return problems;
}

/**
 * Pages are not API routes: Next.js renders its error page with a 500 when a server component
 * throws, so a page's status during the outage is reported, not judged. Outside it: 200.
 */
function checkPage(sample: Sample, { stopRequestedAt, readyAt }: OutageTimeline): string[] {
  const isAround = sample.endedAt >= stopRequestedAt && sample.startedAt <= readyAt + RECOVERY_LIMIT_MS;
  if (sample.status === 200 || (isAround && sample.status !== 0)) return [];
  return [`article page at ${(sample.startedAt / 1000).toFixed(2)} s: ${sample.status || sample.networkError}`];
}

// What the simulated reviewers did: every request (kind, timing, outcome) and every write the
// app acknowledged with a 2xx, by id, so the database can be checked against it afterwards.
// A write that got no 2xx (a 503, a dropped connection) may still have committed: it is "in
// doubt", and the checks allow for it instead of calling it lost or phantom.

export const REQUEST_KINDS = [
  "article page",
  "claims list",
  "claim detail",
  "create claim",
  "set verdict",
  "add evidence",
] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];
export const WRITE_KINDS: readonly RequestKind[] = ["create claim", "set verdict", "add evidence"];

/** What each kind of request answers when all is well. */
export const expectedStatus = (kind: RequestKind) => (kind === "create claim" || kind === "add evidence" ? 201 : 200);

export interface Sample {
  kind: RequestKind;
  /** ms since the run started (performance.now() based). */
  startedAt: number;
  endedAt: number;
  /** HTTP status, or 0 for a network error or a timeout. */
  status: number;
  /** For non-2xx: Retry-After, the error code of the body, or the network error's message. */
  retryAfter?: string;
  errorCode?: string;
  networkError?: string;
}

export interface AcknowledgedVerdict {
  changeId: string;
  to: string;
  version: number;
}

export class Ledger {
  readonly samples: Sample[] = [];
  /** claim id → article id */
  readonly claims = new Map<string, string>();
  /** evidence id → claim id */
  readonly evidence = new Map<string, string>();
  /** claim id → its acknowledged verdict changes, in the order they were made */
  readonly verdicts = new Map<string, AcknowledgedVerdict[]>();
  /** Claims with a verdict change that got no 2xx: their final verdict is not known. */
  readonly verdictsInDoubt = new Set<string>();
  /** 2xx answers that said something other than what was asked (a wrong verdict, …). */
  readonly anomalies: string[] = [];
  readonly unacknowledged: Record<string, number> = { "create claim": 0, "set verdict": 0, "add evidence": 0 };
  private readonly origin = performance.now();

  now = () => performance.now() - this.origin;

  record(sample: Sample) {
    this.samples.push(sample);
    const failed = sample.status < 200 || sample.status >= 300;
    if (failed && sample.kind in this.unacknowledged) this.unacknowledged[sample.kind]! += 1;
  }

  acknowledgeVerdict(claimId: string, change: AcknowledgedVerdict) {
    const list = this.verdicts.get(claimId) ?? [];
    list.push(change);
    this.verdicts.set(claimId, list);
  }
}

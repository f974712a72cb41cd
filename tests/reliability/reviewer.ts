// One simulated reviewer: a closed loop (next request as soon as the last one answered) over one
// article, mixing what a reviewer's browser does: open the article page, list its claims, open a
// claim, mark a new span, change the verdict of a claim they marked, attach evidence.
import { createRandom, type Random } from "@/bench/random";
import type { DeskArticle, Span } from "./desk";
import type { ReviewerHttp, Reply } from "./http";
import type { Ledger, RequestKind } from "./ledger";

/** Share of each kind of request, in percent. */
const MIX: [RequestKind, number][] = [
  ["article page", 15],
  ["claims list", 20],
  ["claim detail", 20],
  ["create claim", 15],
  ["set verdict", 15],
  ["add evidence", 15],
];
const VERDICT_CYCLE = ["verified", "disputed", "contradicted", "unreviewed"] as const;
const STANCES = ["supports", "refutes", "context"] as const;
/** Claim ids remembered from list reads, for detail reads and evidence. */
const MAX_KNOWN_CLAIMS = 200;

export interface ReviewerOptions {
  http: ReviewerHttp;
  workspaceSlug: string;
  article: DeskArticle;
  nextSpan: () => Span;
  ledger: Ledger;
  seed: number;
  isDone: () => boolean;
  /** Wait after a failed request (the fault test retries soon, to see recovery as it happens). */
  pauseAfterFailureMs: number;
}

interface OwnClaim {
  id: string;
  verdict: (typeof VERDICT_CYCLE)[number];
}

export async function runReviewer(options: ReviewerOptions): Promise<void> {
  const reviewer = new SimulatedReviewer(options);
  while (!options.isDone()) {
    const ok = await reviewer.step();
    if (!ok && options.pauseAfterFailureMs > 0) await sleep(options.pauseAfterFailureMs);
  }
}

class SimulatedReviewer {
  private readonly random: Random;
  private readonly own: OwnClaim[] = [];
  private known: string[] = [];
  private writes = 0;

  constructor(private readonly options: ReviewerOptions) {
    this.random = createRandom(options.seed);
  }

  /** One request; false when it failed. */
  step(): Promise<boolean> {
    let kind = this.pickKind();
    // Nothing to open or judge yet: mark a claim first.
    if (kind === "claim detail" || kind === "add evidence") kind = this.known.length ? kind : "create claim";
    if (kind === "set verdict" && this.own.length === 0) kind = "create claim";
    const articlePath = `/api/v1/articles/${this.options.article.id}`;
    switch (kind) {
      case "article page":
        return this.expect(kind, 200, "GET", `/w/${this.options.workspaceSlug}/articles/${this.options.article.slug}`);
      case "claims list":
        return this.expect(kind, 200, "GET", `${articlePath}/claims`, undefined, (body) => this.remember(body));
      case "claim detail":
        return this.expect(kind, 200, "GET", `/api/v1/claims/${this.pick(this.known)}`);
      case "create claim":
        return this.createClaim(articlePath);
      case "set verdict":
        return this.setVerdict();
      case "add evidence":
        return this.addEvidence();
    }
  }

  private createClaim(articlePath: string) {
    const span = this.options.nextSpan();
    return this.expect("create claim", 201, "POST", `${articlePath}/claims`, span, (body) => {
      const { claim } = body as { claim: { id: string } };
      this.options.ledger.claims.set(claim.id, this.options.article.id);
      this.own.push({ id: claim.id, verdict: "unreviewed" });
      this.known.push(claim.id);
    });
  }

  private async setVerdict() {
    const index = this.random.nextInt(this.own.length);
    const claim = this.own[index]!;
    const to = VERDICT_CYCLE[(VERDICT_CYCLE.indexOf(claim.verdict) + 1) % VERDICT_CYCLE.length]!;
    const rationale = to === "disputed" || to === "contradicted" ? `Reliability run: ${to} (${++this.writes})` : null;
    const path = `/api/v1/claims/${claim.id}/verdict`;
    const ok = await this.expect("set verdict", 200, "PUT", path, { verdict: to, rationale }, (body) =>
      this.acknowledgeVerdict(claim, to, body),
    );
    if (!ok) {
      // Its verdict is no longer known for sure: leave the claim alone from now on.
      this.options.ledger.verdictsInDoubt.add(claim.id);
      this.own.splice(index, 1);
    }
    return ok;
  }

  private acknowledgeVerdict(claim: OwnClaim, to: OwnClaim["verdict"], body: unknown) {
    type Detail = { verdict: string; version: number; history: { id: string; to: string }[] };
    const { claim: detail } = body as { claim: Detail };
    const change = detail.history[0];
    if (detail.verdict !== to || change?.to !== to) throw new Error(`verdict ${to} acknowledged as ${detail.verdict}`);
    this.options.ledger.acknowledgeVerdict(claim.id, { changeId: change.id, to, version: detail.version });
    claim.verdict = to;
  }

  private addEvidence() {
    const claimId = this.pick(this.known);
    const n = ++this.writes;
    const body = {
      url: `https://example.org/reliability/${claimId}/${n}`,
      title: `Source ${n}`,
      excerpt: "An excerpt that settles the claim.",
      stance: this.pick(STANCES),
      note: null,
    };
    return this.expect("add evidence", 201, "POST", `/api/v1/claims/${claimId}/evidence`, body, (reply) => {
      const { evidence } = reply as { evidence: { id: string } };
      this.options.ledger.evidence.set(evidence.id, claimId);
    });
  }

  private remember(body: unknown) {
    const { claims } = body as { claims: { id: string }[] };
    const ids = claims.map((claim) => claim.id);
    for (let i = ids.length - 1; i > 0; i--) {
      const j = this.random.nextInt(i + 1);
      [ids[i], ids[j]] = [ids[j]!, ids[i]!];
    }
    this.known = [...new Set([...this.own.map((claim) => claim.id), ...ids])].slice(0, MAX_KNOWN_CLAIMS);
  }

  /** Sends a request, records it, and hands a JSON body with the expected status to `onOk`. */
  private async expect(
    kind: RequestKind,
    status: number,
    method: string,
    path: string,
    body?: unknown,
    onOk?: (json: unknown) => void,
  ): Promise<boolean> {
    const { ledger, http } = this.options;
    const startedAt = ledger.now();
    let reply: Reply;
    try {
      reply = await http.request(method, path, body, kind === "article page" ? "text/html" : "application/json");
    } catch (error) {
      ledger.record({ kind, startedAt, endedAt: ledger.now(), status: 0, networkError: (error as Error).message });
      return false;
    }
    const sample = { kind, startedAt, endedAt: ledger.now(), status: reply.status };
    if (reply.status !== status) {
      ledger.record({ ...sample, retryAfter: header(reply, "retry-after"), errorCode: readErrorCode(reply) });
      return false;
    }
    ledger.record(sample);
    try {
      if (onOk) onOk(JSON.parse(reply.body));
    } catch (error) {
      ledger.anomalies.push(`${kind} ${method} ${path}: ${(error as Error).message}`);
    }
    return true;
  }

  private pickKind(): RequestKind {
    let roll = this.random.nextInt(100);
    for (const [kind, share] of MIX) {
      if (roll < share) return kind;
      roll -= share;
    }
    return "claims list";
  }

  private pick<T>(items: readonly T[]): T {
    return items[this.random.nextInt(items.length)]!;
  }
}

const header = (reply: Reply, name: string) => {
  const value = reply.headers[name];
  return Array.isArray(value) ? value.join(", ") : value;
};

function readErrorCode(reply: Reply): string | undefined {
  try {
    return (JSON.parse(reply.body) as { error?: { code?: string } }).error?.code;
  } catch {
    return `non-JSON body (${reply.headers["content-type"] ?? "no type"})`;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

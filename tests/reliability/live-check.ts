// After the restart: do live views hear about changes again? The app has one LISTEN connection
// per process (lib/live/listener.ts); it is dropped when PostgreSQL goes away and reopened only
// when a stream subscribes, while open streams also catch up on their 15 s heartbeat. So: a
// change on the stream opened before the outage (before and after a new stream subscribes), and
// on the new stream.
import type { DeskArticle, Span } from "./desk";
import type { SignedInReviewer } from "./harness";
import { createReviewerHttp } from "./http";
import type { Ledger } from "./ledger";
import { openLiveStream, type LiveStream } from "./live-stream";

export interface LiveCheck {
  lines: string[];
  problems: string[];
}

interface LiveCheckOptions {
  baseUrl: string;
  reviewers: SignedInReviewer[];
  article: DeskArticle;
  nextSpan: () => Span;
  /** Opened before the outage. */
  stream: LiveStream;
  ledger: Ledger;
}

/** Longer than the streams' 15 s heartbeat catch-up. */
const SLOW_WAIT_MS = 20_000;
/** LISTEN/NOTIFY delivers within a second or two (README); the limit leaves room for load. */
const LIVE_LIMIT_MS = 5_000;

export async function checkLiveStreams(options: LiveCheckOptions): Promise<LiveCheck> {
  const { stream, ledger } = options;
  const lines: string[] = [];
  const problems: string[] = [];
  const creator = claimCreator(options);
  const createClaim = creator.create;
  const delay = (arrivedAt: number | null, sentAt: number) => (arrivedAt === null ? null : arrivedAt - sentAt);
  const show = (ms: number | null) => (ms === null ? "never" : `${ms.toFixed(0)} ms`);

  const endedBefore = stream.ended();
  if (endedBefore) lines.push(`live: the stream opened before the outage ended (${endedBefore})`);
  const first = await createClaim();
  const firstDelay = endedBefore ? null : delay(await stream.waitFor(first.id, SLOW_WAIT_MS), first.sentAt);
  lines.push(`live: change after the restart, no new subscriber yet: on the old stream after ${show(firstDelay)}`);

  const fresh = await openLiveStream(options.baseUrl, options.reviewers[1]!.cookie, options.article.id, ledger.now);
  const second = await createClaim();
  const [onOld, onNew] = await Promise.all([
    endedBefore ? null : stream.waitFor(second.id, LIVE_LIMIT_MS),
    fresh.waitFor(second.id, LIVE_LIMIT_MS),
  ]);
  fresh.close();
  creator.close();
  lines.push(
    `live: after a new stream subscribed: on the new stream after ${show(delay(onNew, second.sentAt))}, ` +
      `on the old one after ${show(delay(onOld, second.sentAt))}`,
  );
  if (onNew === null) problems.push(`live: a stream opened after the restart got no change within ${LIVE_LIMIT_MS} ms`);
  if (!endedBefore && onOld === null)
    problems.push(`live: the old stream got no change within ${LIVE_LIMIT_MS} ms once LISTEN was back`);
  if (!endedBefore && firstDelay === null)
    problems.push(`live: the old stream got nothing within ${SLOW_WAIT_MS} ms of the restart`);
  return { lines, problems };
}

/** Marks a claim as a reviewer on the live article; it counts as an acknowledged write. */
function claimCreator({ baseUrl, reviewers, article, nextSpan, ledger }: LiveCheckOptions) {
  const http = createReviewerHttp(baseUrl, reviewers[2 % reviewers.length]!.cookie, 15_000);
  const create = async () => {
    const sentAt = ledger.now();
    const reply = await http.request("POST", `/api/v1/articles/${article.id}/claims`, nextSpan());
    if (reply.status !== 201) throw new Error(`live check: creating a claim answered ${reply.status} ${reply.body}`);
    const { claim } = JSON.parse(reply.body) as { claim: { id: string } };
    ledger.claims.set(claim.id, article.id);
    return { id: claim.id, sentAt };
  };
  return { create, close: () => http.close() };
}

import "server-only";
// This process's open live streams, grouped by article. An article's streams share its database
// work: one catch-up query per change (fanned out in memory), one presence list, and per
// heartbeat one batched presence refresh and one access check, however many streams are open.
// Before, every stream ran its own queries on every notification and heartbeat, so 300 streams
// wanted 300 connections at once and other tenants' requests timed out waiting for the pool.
import { listUsersWithArticleAccess } from "@/lib/live/access";
import type { LiveEventDto } from "@/lib/live/dto";
import { readArticleEventsPage } from "@/lib/live/events";
import { ensureListening, subscribe, type Notice } from "@/lib/live/listener";
import { HEARTBEAT_MS, leavePresence, listPresence, touchPresence } from "@/lib/live/presence";
import { refreshLiveStreams } from "@/lib/live/registry-queries";
import { withLiveSlot } from "@/lib/live/slots";
import type { PersonDto } from "@/lib/users/dto";

/** One open stream, as the hub sees it. */
export interface LiveSink {
  readonly userId: string;
  /** Its LiveStream row. */
  readonly streamId: string;
  /** The last event id it has sent; sendEvents moves it on. */
  lastId: bigint;
  sendEvents(events: LiveEventDto[]): void;
  sendPresence(people: PersonDto[]): void;
  sendHeartbeat(): void;
  /** Its viewer lost access: tell them and close (which leaves the hub at once). */
  revoke(): void;
}

const ignore = () => {};
const distinctUsers = (sinks: Iterable<LiveSink>) => [...new Set([...sinks].map((sink) => sink.userId))];

class ArticleHub {
  readonly sinks = new Set<LiveSink>();
  private rounds: Promise<void> = Promise.resolve();
  /** A round waiting to start covers every notice that arrives meanwhile. */
  private queued: { checkAccess: boolean } | null = null;
  private presenceQueued = false;

  constructor(readonly articleId: string) {}

  /** Sends every stream what it has not seen yet; with checkAccess, first closes those who lost access. */
  catchUp(checkAccess: boolean): Promise<void> {
    if (this.queued) {
      this.queued.checkAccess ||= checkAccess;
      return this.rounds;
    }
    const round = { checkAccess };
    this.queued = round;
    this.rounds = this.rounds
      .then(() => {
        this.queued = null;
        return this.runRound(round.checkAccess);
      })
      .catch(ignore); // a failed round is retried by the next notice or heartbeat
    return this.rounds;
  }

  private async runRound(checkAccess: boolean): Promise<void> {
    const sinks = [...this.sinks];
    if (sinks.length === 0) return;
    const from = sinks.reduce((min, sink) => (sink.lastId < min ? sink.lastId : min), sinks[0]!.lastId);
    const page = await withLiveSlot(() => readArticleEventsPage(this.articleId, from));
    const { events } = page;
    // Access is checked after the events are read: whoever was removed before one of these
    // events was written is already gone from Membership now, and gets none of them.
    if (events.length > 0 || checkAccess) {
      const allowed = await withLiveSlot(() => listUsersWithArticleAccess(this.articleId, distinctUsers(sinks)));
      for (const sink of sinks) if (!allowed.has(sink.userId)) sink.revoke();
    }
    for (const sink of sinks) {
      if (!this.sinks.has(sink)) continue; // closed or revoked meanwhile
      const unseen = events.filter((event) => BigInt(event.id) > sink.lastId);
      if (unseen.length > 0) sink.sendEvents(unseen);
      // Past unreadable rows too (readEvent dropped them), or a page of them would be read forever.
      if (page.lastId !== null && page.lastId > sink.lastId) sink.lastId = page.lastId;
    }
    if (page.isFull) void this.catchUp(false); // someone is further behind
  }

  /** Sends every stream who is viewing the article now. */
  refreshPresence(): void {
    if (this.presenceQueued) return;
    this.presenceQueued = true;
    setImmediate(() => {
      this.presenceQueued = false;
      void withLiveSlot(() => listPresence(this.articleId))
        .then((people) => {
          for (const sink of this.sinks) sink.sendPresence(people);
        })
        .catch(ignore);
    });
  }

  touchPresence(userIds: string[]): Promise<void> {
    return withLiveSlot(() => touchPresence(this.articleId, userIds));
  }
}

interface Hubs {
  byArticle: Map<string, ArticleHub>;
  heartbeat?: NodeJS.Timeout;
  unsubscribe?: Promise<() => void>;
}
const state = globalThis as unknown as { factmarkHubs?: Hubs };
const hubs: Hubs = (state.factmarkHubs ??= { byArticle: new Map<string, ArticleHub>() });

function onNotice(notice: Notice): void {
  const all = [...hubs.byArticle.values()];
  if (notice.channel === "factmark_access") {
    // Only the hubs streaming to that person; a payload without one checks every hub.
    const affected = all.filter((hub) => !notice.userId || [...hub.sinks].some((s) => s.userId === notice.userId));
    for (const hub of affected) void hub.catchUp(true);
    return;
  }
  const targets = notice.articleId ? all.filter((hub) => hub.articleId === notice.articleId) : all;
  for (const hub of targets) {
    if (notice.channel === "factmark_events") void hub.catchUp(false);
    else hub.refreshPresence();
  }
}

/** Every HEARTBEAT: keep connections and LiveStream rows alive, refresh presence, re-check access. */
async function beat(): Promise<void> {
  const all = [...hubs.byArticle.values()];
  for (const hub of all) for (const sink of hub.sinks) sink.sendHeartbeat();
  void ensureListening().catch(ignore); // reopen LISTEN after a database restart
  const streamIds = all.flatMap((hub) => [...hub.sinks].map((sink) => sink.streamId));
  await withLiveSlot(() => refreshLiveStreams(streamIds)).catch(ignore);
  for (const hub of all) {
    await hub.touchPresence(distinctUsers(hub.sinks)).catch(ignore);
    // Also catches up on anything a lost notification did not announce.
    await hub.catchUp(true);
  }
}

/** Adds a stream to its article's hub: marks its viewer present and sends what it missed. */
export async function joinHub(articleId: string, sink: LiveSink): Promise<void> {
  hubs.unsubscribe ??= subscribe(onNotice);
  hubs.heartbeat ??= setInterval(() => void beat(), HEARTBEAT_MS);
  let hub = hubs.byArticle.get(articleId);
  if (!hub) hubs.byArticle.set(articleId, (hub = new ArticleHub(articleId)));
  hub.sinks.add(sink);
  await hubs.unsubscribe;
  await hub.touchPresence([sink.userId]).catch(ignore);
  hub.refreshPresence();
  // The route checked access before the stream opened; check again, after the first read.
  await hub.catchUp(true);
}

/** Removes a closed stream; its viewer leaves the article's presence when it was their last one here. */
export function leaveHub(articleId: string, sink: LiveSink): void {
  const hub = hubs.byArticle.get(articleId);
  if (!hub?.sinks.delete(sink)) return;
  if (![...hub.sinks].some((other) => other.userId === sink.userId)) {
    void withLiveSlot(() => leavePresence(articleId, sink.userId)).catch(ignore);
  }
  if (hub.sinks.size === 0) hubs.byArticle.delete(articleId);
  if (hubs.byArticle.size === 0 && hubs.heartbeat) {
    clearInterval(hubs.heartbeat);
    hubs.heartbeat = undefined;
  }
}

/** How many streams this process holds open, per article (for tests and metrics). */
export const countOpenStreams = () =>
  new Map([...hubs.byArticle].map(([articleId, hub]) => [articleId, hub.sinks.size]));

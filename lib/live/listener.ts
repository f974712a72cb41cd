import "server-only";
// One LISTEN connection per app process, fanned out to every open live stream in it. Changes
// travel through PostgreSQL (NOTIFY from lib/events/emit.ts, from presence updates and from
// membership changes), so every instance behind the same database hears every change.
import pg from "pg";
import { getEnv } from "@/lib/env";
import { EVENTS_CHANNEL } from "@/lib/events/schema";

export const CHANNELS = {
  events: EVENTS_CHANNEL,
  presence: "factmark_presence",
  /** Someone lost access to a workspace: their open streams of it must close (lib/live/access.ts). */
  access: "factmark_access",
} as const;
export type Channel = (typeof CHANNELS)[keyof typeof CHANNELS];

/**
 * What a notification says: which article changed (streams then read what they missed), or, on
 * the access channel, whose access to which workspace changed.
 */
export interface Notice {
  channel: Channel;
  articleId: string | null;
  workspaceId: string | null;
  userId: string | null;
}

type Subscriber = (notice: Notice) => void;

const state = globalThis as unknown as { factmarkLive?: { subscribers: Set<Subscriber>; client?: Promise<pg.Client> } };
const live = (state.factmarkLive ??= { subscribers: new Set() });

async function connect(): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: getEnv().DATABASE_URL });
  const drop = () => {
    // Forget the broken connection; the next subscriber (or the streams' periodic catch-up) reconnects.
    live.client = undefined;
    client.removeAllListeners();
    void client.end().catch(() => {});
  };
  client.on("error", drop);
  client.on("end", drop);
  client.on("notification", (message) => {
    const notice = parseNotice(message.channel, message.payload);
    for (const subscriber of live.subscribers) subscriber(notice);
  });
  await client.connect();
  await client.query(`LISTEN ${CHANNELS.events}`);
  await client.query(`LISTEN ${CHANNELS.presence}`);
  await client.query(`LISTEN ${CHANNELS.access}`);
  return client;
}

type NoticeBody = { articleId?: unknown; workspaceId?: unknown; userId?: unknown };
const stringOrNull = (value: unknown) => (typeof value === "string" ? value : null);

function parseNotice(channel: string, payload: string | undefined): Notice {
  let body: NoticeBody = {};
  try {
    body = (JSON.parse(payload ?? "{}") ?? {}) as NoticeBody;
  } catch {
    // An unreadable payload still says "something changed": streams catch up on it.
  }
  return {
    channel: channel as Channel,
    articleId: stringOrNull(body.articleId),
    workspaceId: stringOrNull(body.workspaceId),
    userId: stringOrNull(body.userId),
  };
}

/** Makes sure this process is listening (reconnecting if the connection was lost). */
export async function ensureListening(): Promise<void> {
  live.client ??= connect().catch((error: unknown) => {
    live.client = undefined;
    throw error;
  });
  await live.client;
}

/** Calls `subscriber` for every notice until the returned function is called. */
export async function subscribe(subscriber: Subscriber): Promise<() => void> {
  live.subscribers.add(subscriber);
  await ensureListening().catch(() => {
    // The stream still works without it: it catches up on its periodic tick.
  });
  return () => live.subscribers.delete(subscriber);
}

/** Live streams open in this process (for /api/metrics). */
export const countLiveSubscribers = () => live.subscribers.size;

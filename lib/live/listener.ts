import "server-only";
// One LISTEN connection per app process, fanned out to every open live stream in it. Changes
// travel through PostgreSQL (NOTIFY from the AuditEvent trigger and from presence updates), so
// every instance behind the same database hears every change.
import pg from "pg";
import { getEnv } from "@/lib/env";

export const CHANNELS = { events: "factmark_events", presence: "factmark_presence" } as const;
export type Channel = (typeof CHANNELS)[keyof typeof CHANNELS];

/** What a notification says: which article changed. Streams then read what they missed. */
export interface Notice {
  channel: Channel;
  articleId: string | null;
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
  return client;
}

function parseNotice(channel: string, payload: string | undefined): Notice {
  try {
    const body = JSON.parse(payload ?? "{}") as { articleId?: string | null };
    return { channel: channel as Channel, articleId: body.articleId ?? null };
  } catch {
    return { channel: channel as Channel, articleId: null };
  }
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

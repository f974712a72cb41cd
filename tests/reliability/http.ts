// One simulated reviewer's connection: bench/http-client.ts's keep-alive client (cheap for a load
// generator sharing 2 cores with the app) over a single socket, with a deadline so a hung request
// is counted as a hang.
import { createHttpClient, type HttpClient, type HttpReply } from "@/bench/http-client";

export type Reply = HttpReply;
export type ReviewerHttp = HttpClient;

/** A client for baseUrl sending `cookie` on every request, over one kept-alive socket. */
export const createReviewerHttp = (baseUrl: string, cookie: string, timeoutMs: number): ReviewerHttp =>
  createHttpClient(baseUrl, cookie, 1, timeoutMs);

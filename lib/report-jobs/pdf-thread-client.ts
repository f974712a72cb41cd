import "server-only";
// Lays a long report out as a PDF in a thread of its own (lib/exports/pdf-thread.ts), feeding it
// the report's articles a batch at a time as they are read, and handing each piece of the file
// on as it is written: memory holds one batch and one page, whatever the report's size, and the
// app's event loop only passes messages. One thread per report being laid out (a Piscina pool of
// one, talking over a MessageChannel); it is stopped when the report is done, fails, or runs out
// of time.
import path from "node:path";
import { MessageChannel } from "node:worker_threads";
import { Piscina } from "piscina";
import type { PdfThreadReply, PdfThreadRequest } from "@/lib/exports/pdf-thread-protocol";
import type { ReportArticle, ReportStream } from "@/lib/reports/model";

const THREAD = "generated/workers/pdf-thread.mjs";
/** Articles sent to the thread at a time; progress is reported after each batch. */
const BATCH_ARTICLES = 10;

export interface PdfSink {
  /** A piece of the file, in order; the next is not laid out until this resolves. */
  write(bytes: Uint8Array): Promise<void>;
  /** How many articles have been laid out so far. */
  progress(articles: number): Promise<void>;
}

/** Lays `report` out as a PDF into `sink`. Rejects when the layout fails or takes longer than `timeoutMs`. */
export async function layOutPdf(report: ReportStream, sink: PdfSink, timeoutMs: number): Promise<void> {
  const thread = new Piscina({
    filename: path.resolve(process.env.PDF_THREAD_BUNDLE ?? THREAD),
    minThreads: 0,
    maxThreads: 1,
  });
  const { port1: port, port2 } = new MessageChannel();
  const stop = new AbortController();
  const pieces: Uint8Array[] = [];
  let waiting: { resolve: () => void; reject: (error: Error) => void } | null = null;
  let failure: Error | null = null;
  const fail = (error: Error) => {
    failure ??= error;
    waiting?.reject(failure);
  };
  port.on("message", (reply: PdfThreadReply) => {
    if (reply.type === "data") pieces.push(reply.bytes);
    else if (reply.type === "ready") waiting?.resolve();
    else fail(new Error(`The PDF could not be laid out: ${reply.message}`));
  });
  const running = thread.run({ port: port2 }, { transferList: [port2] as never, signal: stop.signal });
  running.catch((error: Error) => fail(new Error(`The PDF layout stopped: ${error.message}`)));
  const timer = setTimeout(() => {
    fail(new Error(`The PDF took longer than ${Math.round(timeoutMs / 60_000)} minutes to lay out`));
    stop.abort();
  }, timeoutMs);

  /** Sends one request, waits until the thread has done it, then hands on what it wrote. */
  async function ask(request: PdfThreadRequest): Promise<void> {
    if (failure) throw failure;
    await new Promise<void>((resolve, reject) => {
      waiting = { resolve, reject };
      port.postMessage(request);
    });
    waiting = null;
    for (const piece of pieces.splice(0)) await sink.write(piece);
  }

  try {
    await ask({ type: "start", header: report.header });
    let batch: ReportArticle[] = [];
    let done = 0;
    const send = async () => {
      await ask({ type: "articles", articles: batch });
      done += batch.length;
      batch = [];
      await sink.progress(done);
    };
    // The PDF lists claims, not the article text: the text's blocks stay behind.
    for await (const article of report.articles) {
      batch.push({ ...article, blocks: [] });
      if (batch.length === BATCH_ARTICLES) await send();
    }
    if (batch.length > 0) await send();
    await ask({ type: "end" });
    await running;
  } finally {
    clearTimeout(timer);
    port.close();
    stop.abort();
    await thread.destroy();
  }
}

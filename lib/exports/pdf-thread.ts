// The thread that lays out a long PDF (a workspace's report, in the background): run as a task of
// its own small Piscina pool (lib/report-jobs/pdf-thread-client.ts), it keeps one pdfkit document
// open while the main thread sends it the report's articles a batch at a time over `port`, and
// sends back each piece of the file as pdfkit writes it. Bundled on its own by
// scripts/lib/build-workers.ts.
import type { MessagePort } from "node:worker_threads";
import { createPdfWriter, type PdfWriter } from "@/lib/exports/render-pdf";
import type { PdfThreadReply, PdfThreadRequest } from "@/lib/exports/pdf-thread-protocol";

export default function layOutPdfThread({ port }: { port: MessagePort }): Promise<void> {
  return new Promise((resolve) => {
    let writer: PdfWriter | null = null;
    const send = (reply: PdfThreadReply, transfer: ArrayBuffer[] = []) => port.postMessage(reply, transfer);

    async function handle(request: PdfThreadRequest): Promise<void> {
      if (request.type === "start") {
        writer = createPdfWriter(request.header, (chunk) => {
          // A copy of its own: pdfkit's chunk may share its memory with others, which a transfer would take.
          const bytes = new Uint8Array(chunk);
          send({ type: "data", bytes }, [bytes.buffer]);
        });
      } else if (request.type === "articles") {
        await writer!.articles(request.articles);
      } else {
        await writer!.end();
      }
      send({ type: "ready" });
      if (request.type === "end") {
        port.close();
        resolve();
      }
    }

    // One request at a time: the main thread waits for "ready" before sending the next.
    port.on("message", (request: PdfThreadRequest) => {
      handle(request).catch((error: unknown) => {
        send({ type: "failed", message: (error as Error).message });
        port.close();
        resolve();
      });
    });
  });
}

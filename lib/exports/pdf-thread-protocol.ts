// What the main thread and the PDF layout thread (pdf-thread.ts) say to each other.
import type { ReportArticle, ReportHeader } from "@/lib/reports/model";

export type PdfThreadRequest =
  | { type: "start"; header: ReportHeader }
  | { type: "articles"; articles: ReportArticle[] }
  | { type: "end" };

/** "ready": the request before was done; "data": a piece of the file, in order. */
export type PdfThreadReply =
  | { type: "data"; bytes: Uint8Array }
  | { type: "ready" }
  | { type: "failed"; message: string };

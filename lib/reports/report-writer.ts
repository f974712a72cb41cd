// How every export format is written: what comes before the articles, each article's part, and
// what comes after. A workspace's export is the same writer run over a stream of articles, a part
// written to the response before the next article is read (writeReport); an article or a page of
// articles already in memory is the same parts joined (writeReportText). One rendering path per
// format, whatever the size.
import type { ReportArticle, ReportHeader, ReportModel, ReportStream } from "@/lib/reports/model";

export interface ReportWriter {
  start(): string;
  article(article: ReportArticle): string;
  end(): string;
}

/** A format's writer for one report; it may keep state between parts (a count, a separator). */
export type WriterFactory = (header: ReportHeader) => ReportWriter;

/** The report's text a part at a time, reading each article only when the previous part is taken. */
export async function* writeReport(write: WriterFactory, { header, articles }: ReportStream): AsyncGenerator<string> {
  const writer = write(header);
  yield writer.start();
  for await (const article of articles) yield writer.article(article);
  yield writer.end();
}

/** The report's text in one string, for a report already in memory. */
export function writeReportText(write: WriterFactory, model: ReportModel): string {
  const writer = write(model);
  return [writer.start(), ...model.articles.map((article) => writer.article(article)), writer.end()].join("");
}

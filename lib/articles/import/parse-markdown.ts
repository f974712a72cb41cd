// Markdown is read as HTML: marked renders it (raw HTML inside included), then the HTML path
// sanitizes and walks it, so both formats obey one allow-list.
import { marked } from "marked";
import { parseHtmlArticle, type ParsedMarkup } from "@/lib/articles/import/parse-html";

/** Parses Markdown into blocks, with the leading "# " heading as the headline. */
export function parseMarkdownArticle(markdown: string): ParsedMarkup {
  const html = marked.parse(markdown, { async: false, gfm: true });
  return parseHtmlArticle(html);
}

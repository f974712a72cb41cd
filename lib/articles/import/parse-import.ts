/**
 * One entry for every import format: checks the content, parses it into blocks and puts the
 * headline and standfirst where the reader expects them (title first, standfirst second).
 * The headline given with the import wins over the one found in the content.
 */
import type { ArticleDocument, Block } from "@/lib/articles/document";
import { checkImportContent, type ImportFormat } from "@/lib/articles/import/formats";
import { parseHtmlArticle, type ParsedMarkup } from "@/lib/articles/import/parse-html";
import { parseMarkdownArticle } from "@/lib/articles/import/parse-markdown";
import { normaliseRawText, parsePlainTextArticle, splitLines } from "@/lib/articles/parse-plain-text";
import { invalidInput } from "@/lib/errors";

export interface ImportContent {
  format: ImportFormat;
  content: string;
  headline?: string;
  standfirst?: string;
}

/** Parses imported content into a document. Throws INVALID_INPUT naming content or headline. */
export function parseImportedArticle(input: ImportContent): ArticleDocument {
  checkImportContent(input.content);
  const content = normaliseRawText(input.content);
  const parsed = input.format === "text" ? parseText(content, input.headline) : parseMarkup(input.format, content);
  const headline = clean(input.headline) ?? parsed.headline;
  if (!headline) {
    throw invalidInput("headline", "is required: the content has no headline (a first-level heading) to use");
  }
  const standfirst = clean(input.standfirst);
  let body = parsed.blocks;
  if (standfirst) {
    body = body.filter((block) => block.type !== "standfirst");
    if (body[0]?.text === standfirst) body = body.slice(1);
  }
  const blocks: Block[] = [{ type: "title", text: headline }];
  if (standfirst) blocks.push({ type: "standfirst", text: standfirst });
  return { blocks: [...blocks, ...body] };
}

function parseMarkup(format: "markdown" | "html", content: string): ParsedMarkup {
  const parsed = format === "markdown" ? parseMarkdownArticle(content) : parseHtmlArticle(content);
  if (!parsed.headline && parsed.blocks.length === 0) {
    throw invalidInput("content", "has no readable text once scripts, styles and markup are removed");
  }
  return parsed;
}

/** Plain text: the first line is the headline, unless another one is given (then it leads). */
function parseText(content: string, headline: string | undefined): ParsedMarkup {
  const given = clean(headline);
  const firstLine = splitLines(content)[0];
  const source = given && given !== firstLine ? `${given}\n\n${content}` : content;
  const [title, ...blocks] = parsePlainTextArticle(source).blocks;
  return { headline: title?.text ?? null, blocks };
}

const clean = (text: string | undefined) => text?.replace(/\s+/g, " ").trim() || undefined;

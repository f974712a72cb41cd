/**
 * Turns pasted or uploaded HTML into article blocks.
 *
 * Two steps, both plain text code: sanitize-html reduces the markup to an allow-list of
 * structural tags (everything hostile goes: scripts, styles, frames, handlers, non-web links),
 * then a small tokenizer walks that sanitized markup into flat blocks. The tokenizer can stay
 * small because sanitize-html's output is regular: only allowed tags, only an escaped href.
 */
import sanitizeHtml from "sanitize-html";
import type { Block } from "@/lib/articles/document";
import { stripSubtrees } from "@/lib/articles/import/strip-subtrees";

/** The body blocks, and the first h1 when it opens the document (the article's own headline). */
export interface ParsedMarkup {
  headline: string | null;
  blocks: Block[];
}

const HEADINGS = ["h1", "h2", "h3", "h4", "h5", "h6"];
const BLOCK_TAGS = new Set([...HEADINGS, "p", "blockquote", "ul", "ol", "li"]);

// Links stay as tags (their text is kept) but lose any href that is not http(s).
const SANITIZE_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [...BLOCK_TAGS, "a", "strong", "em"],
  allowedAttributes: { a: ["href"] },
  allowedSchemes: ["http", "https"],
  allowedSchemesAppliedToAttributes: ["href"],
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
  // Their text is not article text: drop it along with the tag.
  nonTextTags: ["script", "style", "textarea", "option", "title", "head", "noscript", "template", "button", "select"],
  // Layout containers end a block, so the text of two divs is not run together.
  transformTags: Object.fromEntries(
    [
      "div",
      "section",
      "article",
      "main",
      "header",
      "footer",
      "aside",
      "figcaption",
      "pre",
      "td",
      "th",
      "dd",
      "dt",
      "br",
    ]
      .map((tag) => [tag, "p"] as [string, string])
      .concat([
        ["b", "strong"],
        ["i", "em"],
      ]),
  ),
};

/** Removes hostile and unknown markup, keeping the allow-listed structure. Throws INVALID_INPUT (content). */
export function sanitizeArticleHtml(html: string): string {
  // sanitize-html skips a non-text tag's text only up to its first closing tag, so nested
  // frames and SVG go first, whole.
  return sanitizeHtml(stripSubtrees(html), SANITIZE_OPTIONS);
}

/** Parses HTML into blocks: headings, paragraphs, quotes and list items, links reduced to text. */
export function parseHtmlArticle(html: string): ParsedMarkup {
  return walkSanitized(sanitizeArticleHtml(html));
}

const TOKEN = /<(\/?)([a-z0-9]+)[^>]*>|([^<]+)/gi;

function walkSanitized(markup: string): ParsedMarkup {
  const open: string[] = [];
  const blocks: (Block & { h1?: boolean })[] = [];
  let buffer = "";
  const flush = () => {
    const text = buffer.replace(/\s+/g, " ").trim();
    buffer = "";
    if (text) blocks.push({ ...classify(open), text });
  };
  for (const [, closing, name, text] of markup.matchAll(TOKEN)) {
    if (text !== undefined) {
      buffer += decodeEntities(text);
      continue;
    }
    const tag = name!.toLowerCase();
    if (!BLOCK_TAGS.has(tag)) continue; // a, strong, em: their text runs on
    flush();
    if (!closing) open.push(tag);
    else if (open.lastIndexOf(tag) >= 0) open.splice(open.lastIndexOf(tag), 1);
  }
  flush();
  const first = blocks[0];
  const headline = first?.h1 ? first.text : null;
  return {
    headline,
    blocks: blocks.slice(headline === null ? 0 : 1).map(({ h1: _h1, ...block }) => block),
  };
}

/** The block type from the innermost heading, list item or quote around the text. */
function classify(open: string[]): Omit<Block, "text"> & { h1?: boolean } {
  for (let index = open.length - 1; index >= 0; index--) {
    const tag = open[index]!;
    if (HEADINGS.includes(tag)) return tag === "h1" ? { type: "heading", h1: true } : { type: "heading" };
    if (tag === "li") {
      const list = open.slice(0, index).findLast((t) => t === "ul" || t === "ol");
      return { type: "list-item", list: list === "ol" ? "ordered" : "unordered" };
    }
    if (tag === "blockquote") return { type: "quote" };
  }
  return { type: "paragraph" };
}

// sanitize-html decodes entities when parsing and re-escapes only these on output.
const ENTITIES: Record<string, string> = { "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'", "&amp;": "&" };

function decodeEntities(text: string): string {
  return text.replace(/&(?:lt|gt|quot|#39|amp);/g, (entity) => ENTITIES[entity]!);
}

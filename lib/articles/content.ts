// The columns an article row holds for its content, derived from one document, and its first
// revision: every place that creates an article (import, seed, benchmark) goes through here.
import { getDocumentText, getStandfirst, getTitle, type ArticleDocument } from "@/lib/articles/document";

/** The document as stored in JSON: blocks with only the fields the model defines. */
export function toStoredDocument(document: ArticleDocument) {
  // Inferred, not ArticleDocument: Prisma's JSON input type wants object literals, not interfaces.
  return {
    blocks: document.blocks.map(({ type, text, list }) => (list ? { type, text, list } : { type, text })),
  };
}

/** Article columns for a document (title, standfirst, document, canonical text). */
export function articleContent(document: ArticleDocument) {
  const stored = toStoredDocument(document);
  return {
    title: getTitle(document),
    standfirst: getStandfirst(document),
    document: { blocks: stored.blocks },
    text: getDocumentText(document),
  };
}

/** Article create data: the content plus revision 1, the text as it first came in. */
export function newArticleContent(document: ArticleDocument, createdById: string | null) {
  const content = articleContent(document);
  return {
    ...content,
    revision: 1,
    revisions: {
      create: { number: 1, title: content.title, document: content.document, text: content.text, createdById },
    },
  };
}

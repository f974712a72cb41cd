// Articles: importing, listing, revising, suggested claims and the live stream of changes.
import { z } from "zod";
import { defineOperations } from "@/lib/api/operation";
import {
  articleChoiceListDtoSchema,
  articlePageDtoSchema,
  importedArticleDtoSchema,
  importPreviewDtoSchema,
  revisionDtoSchema,
  revisionListDtoSchema,
  savedRevisionSchema,
} from "@/lib/articles/dto";
import { MAX_IMPORT_BODY_BYTES } from "@/lib/articles/import/formats";
import { importArticleSchema } from "@/lib/articles/import/schema";
import { MAX_REVISION_BODY_BYTES, revisionCursorSchema, saveRevisionSchema } from "@/lib/articles/revisions-schema";
import { articleChoicesQuerySchema, articleCursorSchema } from "@/lib/articles/schema";
import { pageQuery } from "@/lib/http/pagination";
import { suggestionListDtoSchema } from "@/lib/suggestions/dto";
import { dismissSuggestionSchema } from "@/lib/suggestions/schema";

const A = "/api/v1/articles/{articleId}";
const W = "/api/v1/workspaces/{workspaceSlug}";

/** An import and its preview read the same body, under the same limits. */
const articleImport = {
  access: "editor",
  body: importArticleSchema,
  maxBodyBytes: MAX_IMPORT_BODY_BYTES,
  rateLimit: "import",
  examples: { markdown: { format: "markdown", content: "# A headline\n\nThe first paragraph of the article." } },
} as const;

export const articleOperations = defineOperations({
  listArticles: {
    method: "GET",
    path: `${W}/articles`,
    tag: "Workspaces",
    summary: "The workspace's articles with review progress, a page at a time",
    access: "member",
    query: pageQuery(articleCursorSchema),
    reply: { kind: "json", status: 200, schema: articlePageDtoSchema },
  },
  findArticleChoices: {
    method: "GET",
    path: `${W}/articles/choices`,
    tag: "Workspaces",
    summary: "Articles whose title has words starting with those typed, for pickers (the newest without words)",
    access: "member",
    query: articleChoicesQuerySchema,
    reply: { kind: "json", status: 200, schema: articleChoiceListDtoSchema },
  },
  importArticle: {
    method: "POST",
    path: `${W}/articles`,
    tag: "Workspaces",
    summary: "Import an article from text, Markdown or HTML (editors)",
    ...articleImport,
    reply: { kind: "json", status: 201, schema: z.object({ article: importedArticleDtoSchema }) },
  },
  previewArticleImport: {
    method: "POST",
    path: `${W}/articles/preview`,
    tag: "Workspaces",
    summary: "How an article import would come out, without saving (editors)",
    ...articleImport,
    reply: { kind: "json", status: 200, schema: z.object({ preview: importPreviewDtoSchema }) },
  },
  listRevisions: {
    method: "GET",
    path: `${A}/revisions`,
    tag: "Articles",
    summary: "The article's revisions, newest first, a page at a time",
    access: "member",
    query: pageQuery(revisionCursorSchema),
    reply: { kind: "json", status: 200, schema: revisionListDtoSchema },
  },
  saveRevision: {
    method: "POST",
    path: `${A}/revisions`,
    tag: "Articles",
    summary: "Save a new revision of the text and re-anchor every claim to it (editors)",
    access: "editor",
    body: saveRevisionSchema,
    maxBodyBytes: MAX_REVISION_BODY_BYTES,
    rateLimit: "revision",
    examples: {
      addendum: {
        baseRevision: 1,
        document: {
          blocks: [
            { type: "title", text: "A headline" },
            { type: "paragraph", text: "A paragraph." },
          ],
        },
        note: "Added an editor's note.",
      },
    },
    reply: { kind: "json", status: 201, schema: savedRevisionSchema },
    errors: { 409: "`baseRevision` is not the current revision; `error.current` holds `{ revision }`" },
  },
  getRevision: {
    method: "GET",
    path: `${A}/revisions/{number}`,
    tag: "Articles",
    summary: "One revision with its document and text",
    access: "member",
    reply: { kind: "json", status: 200, schema: z.object({ revision: revisionDtoSchema }) },
  },
  listSuggestions: {
    method: "GET",
    path: `${A}/suggestions`,
    tag: "Articles",
    summary: "Statements worth checking, with scores and reasons",
    access: "member",
    rateLimit: "suggestions",
    reply: { kind: "json", status: 200, schema: suggestionListDtoSchema },
  },
  dismissSuggestion: {
    method: "POST",
    path: `${A}/suggestions/dismissals`,
    tag: "Articles",
    summary: "Dismiss a suggested claim for the article",
    access: "reviewer",
    body: dismissSuggestionSchema,
    examples: { span: { start: 31, end: 52, exact: "joint military parade" } },
    reply: { kind: "empty" },
  },
  streamArticleEvents: {
    method: "GET",
    path: `${A}/events`,
    tag: "Articles",
    summary: "Server-Sent Events: the article's changes after Last-Event-ID (or ?after=), then live (browser sessions)",
    access: "member",
    isSessionOnly: true,
    query: z.object({ after: z.string().optional().describe("The last event id seen (Last-Event-ID wins)") }),
    reply: { kind: "event-stream" },
    errors: { 429: "Too many open streams; Retry-After says when to try again" },
  },
});

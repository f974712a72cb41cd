// What pages and API clients see of articles: lists, the reading view, imports and revisions.
import { z } from "zod";
import { articleBlockSchema, articleDocumentSchema } from "@/lib/articles/schema";
import { claimDtoSchema } from "@/lib/claims/dto";
import { ROLES } from "@/lib/permissions/rules";
import { personDtoSchema } from "@/lib/users/dto";

export const articleSummaryDtoSchema = z.object({
  id: z.string(),
  slug: z.string(),
  title: z.string(),
  standfirst: z.string().nullable(),
  claimCount: z.number().int(),
  reviewedCount: z.number().int().describe("Claims with a verdict other than unreviewed"),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type ArticleSummaryDto = z.infer<typeof articleSummaryDtoSchema>;

/** An article as a picker offers it (filters of activity, search and the dashboard; "Open beside"). */
export const articleChoiceDtoSchema = articleSummaryDtoSchema.pick({ id: true, slug: true, title: true });
export type ArticleChoiceDto = z.infer<typeof articleChoiceDtoSchema>;

/** GET …/workspaces/{slug}/articles/choices: the first articles whose title matches, newest first. */
export const articleChoiceListDtoSchema = z.object({ articles: z.array(articleChoiceDtoSchema) });

/** GET …/workspaces/{slug}/articles: a page of articles with review progress, oldest first. */
export const articlePageDtoSchema = z.object({
  articles: z.array(articleSummaryDtoSchema),
  nextCursor: z.string().nullable().describe("Pass as ?cursor= for the next page; null on the last page"),
});
export type ArticlePageDto = z.infer<typeof articlePageDtoSchema>;

/** A block with its place in the canonical text (see positionBlocks in lib/articles/document.ts). */
export const positionedBlockSchema = articleBlockSchema.extend({
  index: z.number().int(),
  start: z.number().int().describe("Offset of the block's first character in the canonical text"),
  end: z.number().int().describe("Offset just past the block's last character (exclusive)"),
});

export const articleViewDtoSchema = z.object({
  id: z.string(),
  slug: z.string(),
  title: z.string(),
  standfirst: z.string().nullable(),
  /** The canonical text: every claim's offsets point into it. */
  text: z.string(),
  /** The number of the revision `text` and `blocks` are. */
  revision: z.number().int(),
  blocks: z.array(positionedBlockSchema),
  claims: z.array(claimDtoSchema),
  workspace: z.object({ slug: z.string(), name: z.string() }),
  viewer: z.object({ userId: z.string(), name: z.string(), role: z.enum(ROLES) }),
  /** Who claims can be assigned to (reviewers, editors, owners). */
  assignees: z.array(personDtoSchema),
  /** The newest change this view includes: the live stream resumes after it. */
  lastEventId: z.string(),
});
export type ArticleViewDto = z.infer<typeof articleViewDtoSchema>;

/** POST …/articles: the imported article. */
export const importedArticleDtoSchema = z.object({
  id: z.string(),
  slug: z.string(),
  title: z.string(),
  path: z.string().describe("The reading view of the new article"),
});
export type ImportedArticleDto = z.infer<typeof importedArticleDtoSchema>;

/** POST …/articles/preview: how the content was understood, before saving. */
export const importPreviewDtoSchema = z.object({
  title: z.string(),
  standfirst: z.string().nullable(),
  counts: z.object({
    heading: z.number().int(),
    paragraph: z.number().int(),
    quote: z.number().int(),
    "list-item": z.number().int(),
  }),
  /** The first blocks, shortened: enough to see that headings and paragraphs came out right. */
  firstBlocks: z.array(articleBlockSchema.pick({ type: true, text: true })),
  characters: z.number().int(),
});
export type ImportPreviewDto = z.infer<typeof importPreviewDtoSchema>;

// Revisions. Object types (z.infer gives type aliases, not interfaces): the reanchor summary is
// stored as JSON, and Prisma's JSON input type accepts only types with an implicit index signature.

/** How many anchors ended up in each state; counts add up to all anchors re-anchored. */
export const anchorCountsDtoSchema = z.object({
  exact: z.number().int(),
  moved: z.number().int(),
  fuzzy: z.number().int(),
  orphaned: z.number().int(),
});
export type AnchorCountsDto = z.infer<typeof anchorCountsDtoSchema>;

/** What saving a revision did to the article's claims and to passages quoted from it as evidence. */
export const reanchorSummarySchema = z.object({
  revision: z.number().int(),
  claims: anchorCountsDtoSchema,
  passages: anchorCountsDtoSchema,
});
export type ReanchorSummary = z.infer<typeof reanchorSummarySchema>;

export const revisionSummaryDtoSchema = z.object({
  number: z.number().int(),
  title: z.string(),
  note: z.string().nullable(),
  createdBy: personDtoSchema.nullable(),
  createdAt: z.iso.datetime(),
  anchorSummary: reanchorSummarySchema.nullable().describe("Null for revision 1, which nothing was re-anchored to"),
  current: z.boolean().describe("Whether this is the article's current revision"),
});
export type RevisionSummaryDto = z.infer<typeof revisionSummaryDtoSchema>;

export const revisionDtoSchema = revisionSummaryDtoSchema.extend({
  document: articleDocumentSchema,
  text: z.string().describe("The canonical text of this revision (block texts joined by blank lines)"),
});
export type RevisionDto = z.infer<typeof revisionDtoSchema>;

/** GET …/revisions: newest first. */
export const revisionListDtoSchema = z.object({
  revisions: z.array(revisionSummaryDtoSchema),
  nextCursor: z.string().nullable().describe("Pass as ?cursor= for the next (older) page; null on the last page"),
});
export type RevisionListDto = z.infer<typeof revisionListDtoSchema>;

/** POST …/revisions: the new revision and what re-anchoring did. */
export const savedRevisionSchema = z.object({ revision: revisionSummaryDtoSchema, summary: reanchorSummarySchema });
export type SavedRevision = z.infer<typeof savedRevisionSchema>;

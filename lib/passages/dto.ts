// What the reader and API clients see of passages: where an article is cited as evidence
// (backlinks), the article opened beside another, and passages related to a claim.
import { z } from "zod";
import { anchorStatusValueSchema } from "@/lib/anchoring/dto";
import { positionedBlockSchema } from "@/lib/articles/dto";
import { stanceValueSchema } from "@/lib/evidence/dto";
import type { TermKind } from "@/lib/passages/terms";
import { verdictValueSchema } from "@/lib/verdicts/dto";

const textRangeSchema = z.object({ start: z.number().int(), end: z.number().int() });

/** A passage of an article cited as evidence for a claim (here or in another article). */
export const citationDtoSchema = textRangeSchema.extend({
  evidenceId: z.string(),
  exact: z.string(),
  status: anchorStatusValueSchema,
  stance: stanceValueSchema,
  claim: z.object({
    id: z.string(),
    exact: z.string(),
    verdict: verdictValueSchema,
    articleId: z.string(),
    articleSlug: z.string(),
    articleTitle: z.string(),
  }),
});
export type CitationDto = z.infer<typeof citationDtoSchema>;

/** Another article of the workspace (or the same one), read-only beside the one under review. */
export const besideArticleDtoSchema = z.object({
  id: z.string(),
  slug: z.string(),
  title: z.string(),
  text: z.string(),
  blocks: z.array(positionedBlockSchema),
  citations: z.array(citationDtoSchema),
});
export type BesideArticleDto = z.infer<typeof besideArticleDtoSchema>;

const termKindSchema = z.enum([
  "person",
  "place",
  "organisation",
  "name",
  "number",
  "year",
  "word",
]) satisfies z.ZodType<TermKind>;

export const relatedPassageDtoSchema = textRangeSchema.extend({
  articleId: z.string(),
  articleSlug: z.string(),
  articleTitle: z.string(),
  exact: z.string(),
  score: z.number(),
  terms: z.array(z.object({ term: z.string(), kind: termKindSchema })),
  highlights: z.array(textRangeSchema).describe("Ranges of the matched terms, relative to `exact`"),
});
export type RelatedPassageDto = z.infer<typeof relatedPassageDtoSchema>;

/** GET …/claims/{id}/related-passages: best first. */
export const relatedPassageListDtoSchema = z.object({ passages: z.array(relatedPassageDtoSchema) });
export type RelatedPassageListDto = z.infer<typeof relatedPassageListDtoSchema>;

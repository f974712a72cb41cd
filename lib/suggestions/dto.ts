// What the reader and API clients see of the claim suggester's output.
import { z } from "zod";

/** A span of the article worth sending to a fact-checker. */
export const suggestionSchema = z.object({
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  score: z.number(),
  reasons: z.array(z.string()).describe("Why the span was suggested, in words"),
});
export type Suggestion = z.infer<typeof suggestionSchema>;

/** GET …/articles/{id}/suggestions: spans not yet marked or dismissed, in text order. */
export const suggestionListDtoSchema = z.object({ suggestions: z.array(suggestionSchema) });
export type SuggestionListDto = z.infer<typeof suggestionListDtoSchema>;

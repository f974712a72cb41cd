import { z } from "zod";
import { IMPORT_FORMATS } from "@/lib/articles/import/formats";
import { parseSourceUrl } from "@/lib/validation/source-url";

/** An optional one-line field: blank means absent (the form sends what the editor left empty). */
const optionalText = (max: number) =>
  z
    .string()
    .max(max)
    .optional()
    .transform((value) => value?.replace(/\s+/g, " ").trim() || undefined);

/** An article to import: its content in one format, and what is known about its publication. */
export const importArticleSchema = z.strictObject({
  format: z.enum(IMPORT_FORMATS),
  // Size, emptiness and encoding are checked by parseImportedArticle, with messages naming content.
  content: z.string(),
  headline: optionalText(500),
  standfirst: optionalText(2_000),
  author: optionalText(300),
  publication: optionalText(300),
  sourceUrl: z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (!value?.trim()) return undefined;
      const url = parseSourceUrl(value);
      if (!url) ctx.addIssue({ code: "custom", message: "must be an http or https address" });
      return url ?? undefined;
    }),
  publishedAt: z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (!value?.trim()) return undefined;
      const iso = z.iso.datetime({ offset: true }).or(z.iso.date()).safeParse(value.trim());
      if (!iso.success) ctx.addIssue({ code: "custom", message: "must be a date such as 2024-05-31" });
      return iso.success ? new Date(iso.data) : undefined;
    }),
});
export type ImportArticleInput = z.infer<typeof importArticleSchema>;

import { z } from "zod";
import { filterKey } from "@/lib/validation/text";

/** The dashboard's query: one article (?article=slug) or the whole workspace. */
export const dashboardQuerySchema = z.object({ article: filterKey("an article's slug").optional() });

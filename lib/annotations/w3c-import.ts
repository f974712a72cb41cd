// Checks an imported W3C Web Annotation collection against a workspace's articles, before
// anything is written: every annotation is either planned (article, anchored span, verdict,
// evidence) or rejected with every reason, so one pass tells the sender all that is wrong.
import { anchorQuote, checkSelection, describeRange, SelectorError, trimRange } from "@/lib/anchoring/selectors";
import type { ClaimVerdict } from "@/lib/claims/dto";
import { MAX_CLAIM_LENGTH } from "@/lib/claims/schema";
import type { AddEvidenceInput } from "@/lib/evidence/schema";
import { ARTICLE_URN_PREFIX } from "@/lib/annotations/w3c-annotation";
import { isObject, readBodies, type AnnotationProblem } from "@/lib/annotations/w3c-import-bodies";

export type { AnnotationProblem };

export interface ImportArticle {
  id: string;
  slug: string;
  text: string;
}

/** A claim to create: the span and verdict every view of a claim has, in an article, with its evidence. */
export interface PlannedClaim extends ClaimVerdict {
  articleId: string;
  evidence: AddEvidenceInput[];
}

export interface RejectedAnnotation {
  /** Position in the collection, from 0. */
  index: number;
  id: string | null;
  problems: AnnotationProblem[];
}

const hasType = (value: unknown, type: string) => value === type || (Array.isArray(value) && value.includes(type));

/** Slugs of the articles the annotations point at, to load them in one query. */
export function listTargetSlugs(items: unknown[]): string[] {
  const slugs = items.map((item) => (isObject(item) ? slugOf(item.target) : null));
  return [...new Set(slugs.filter((slug): slug is string => slug !== null))];
}

/** "articleId:start:end": a span, as the import compares them. */
export const spanKey = (articleId: string, start: number, end: number) => `${articleId}:${start}:${end}`;

/**
 * Plans a batch of annotations, the first at position `startIndex` of the collection, or says
 * why not. `articles` are the workspace's, by slug; `claimedSpans` the spans of their claims;
 * `seen` the spans planned by earlier annotations of the collection (span → its position), which
 * this batch's planned spans are added to (and which may also be in `claimedSpans` by now).
 */
export function planImport(
  items: unknown[],
  articles: Map<string, ImportArticle>,
  claimedSpans: Set<string>,
  seen: Map<string, number> = new Map(),
  startIndex = 0,
) {
  const planned: PlannedClaim[] = [];
  const rejected: RejectedAnnotation[] = [];
  items.forEach((item, offset) => {
    const index = startIndex + offset;
    const problems: AnnotationProblem[] = [];
    const id = isObject(item) && typeof item.id === "string" ? item.id.slice(0, 300) : null;
    if (!isObject(item)) {
      rejected.push({ index, id, problems: [{ field: "annotation", message: "must be an object" }] });
      return;
    }
    if (!hasType(item.type, "Annotation")) problems.push({ field: "type", message: 'must be "Annotation"' });
    const target = readTarget(item.target, articles, problems);
    const bodies = readBodies(item.body, problems);
    if (target) {
      const key = spanKey(target.article.id, target.range.start, target.range.end);
      const twin = seen.get(key);
      // An earlier annotation's span is checked first: it may already be written, and so claimed.
      if (twin !== undefined)
        problems.push({ field: "target.selector", message: `the same span as annotation ${twin}` });
      else if (claimedSpans.has(key))
        problems.push({ field: "target.selector", message: "this span is already a claim" });
      else seen.set(key, index);
    }
    if (problems.length > 0 || !target) {
      rejected.push({ index, id, problems });
      return;
    }
    const { quote, position } = describeRange(target.article.text, target.range);
    planned.push({ articleId: target.article.id, ...position, ...quote, ...bodies });
  });
  return { planned, rejected };
}

function slugOf(target: unknown): string | null {
  const source = isObject(target) ? target.source : null;
  if (typeof source !== "string" || !source.startsWith(ARTICLE_URN_PREFIX)) return null;
  return source.slice(ARTICLE_URN_PREFIX.length);
}

function readTarget(raw: unknown, articles: Map<string, ImportArticle>, problems: AnnotationProblem[]) {
  const add = (field: string, message: string) => (problems.push({ field, message }), null);
  if (!isObject(raw)) return add("target", "must be an object with a source and selectors");
  const slug = slugOf(raw);
  if (slug === null) return add("target.source", `must name an article as ${ARTICLE_URN_PREFIX}<slug>`);
  const article = articles.get(slug);
  if (!article) return add("target.source", `no article "${slug.slice(0, 200)}" in this workspace`);
  const selectors = Array.isArray(raw.selector) ? raw.selector : [raw.selector];
  const quote = selectors.find((selector) => isObject(selector) && selector.type === "TextQuoteSelector");
  const position = selectors.find((selector) => isObject(selector) && selector.type === "TextPositionSelector");
  if (!isObject(quote)) return add("target.selector", "a TextQuoteSelector is required");
  const { exact, prefix = "", suffix = "" } = quote;
  if (typeof exact !== "string" || exact.length === 0 || exact.length > MAX_CLAIM_LENGTH) {
    return add("target.selector.exact", `must be text of 1 to ${MAX_CLAIM_LENGTH} characters`);
  }
  if (typeof prefix !== "string" || typeof suffix !== "string") {
    return add("target.selector", "prefix and suffix must be text");
  }
  // The quote decides; the position is only a hint to choose between repeated phrases.
  const hint =
    isObject(position) && Number.isInteger(position.start) && Number.isInteger(position.end)
      ? { type: "TextPositionSelector" as const, start: position.start as number, end: position.end as number }
      : undefined;
  const found = anchorQuote(article.text, { type: "TextQuoteSelector", exact, prefix, suffix }, hint);
  if (!found) return add("target.selector", `the quoted text is not in the article "${slug}"`);
  const range = trimRange(article.text, found);
  try {
    // Trimmed, the span must still be one a reviewer could have selected (whole characters, not blank).
    checkSelection(article.text, { ...range, exact: article.text.slice(range.start, range.end) });
  } catch (error) {
    if (error instanceof SelectorError) return add("target.selector", error.message);
    throw error;
  }
  return { article, range };
}

// schema.org ClaimReview for every judged claim, as search engines and fact-check aggregators
// read it. Our verdicts map onto a three-point scale (worst 1, best 3); the verdict's name goes
// in alternateName, which is what readers of a ClaimReview see.
import { writeJsonArray } from "@/lib/reports/json-array";
import type { WriterFactory } from "@/lib/reports/report-writer";
import type { ReportArticle, ReportClaim, ReportHeader } from "@/lib/reports/model";
import { VERDICT_LABELS, type VerdictValue } from "@/lib/verdicts/rules";

export type JudgedVerdict = Exclude<VerdictValue, "unreviewed">;

/** The rating scale: 1 contradicted (false), 2 disputed (mixed), 3 verified (true). */
export const CLAIM_REVIEW_SCALE: Record<JudgedVerdict, number> = { contradicted: 1, disputed: 2, verified: 3 };
export const WORST_RATING = 1;
export const BEST_RATING = 3;

export interface ClaimReview {
  "@context": "https://schema.org";
  "@type": "ClaimReview";
  url: string;
  claimReviewed: string;
  datePublished: string;
  author: { "@type": "Organization"; name: string; url: string };
  reviewRating: {
    "@type": "Rating";
    ratingValue: number;
    bestRating: number;
    worstRating: number;
    alternateName: string;
    ratingExplanation?: string;
  };
  itemReviewed: {
    "@type": "Claim";
    appearance: { "@type": "CreativeWork"; headline: string; url: string };
  };
}

/** One ClaimReview per claim of the article that has a verdict (unreviewed claims have none). */
export function toArticleClaimReviews(header: ReportHeader, article: ReportArticle): ClaimReview[] {
  return article.claims.filter(isJudged).map((claim) => toClaimReview(header, article, claim));
}

/** Every ClaimReview of the report as one JSON array, written an article at a time. Pure. */
export const writeClaimReviews: WriterFactory = (header) => {
  const array = writeJsonArray("");
  return {
    start: array.start,
    article: (article) => array.items(toArticleClaimReviews(header, article)),
    end: array.end,
  };
};

const isJudged = (claim: ReportClaim): claim is ReportClaim & { verdict: JudgedVerdict; verdictDate: string } =>
  claim.verdict !== "unreviewed" && claim.verdictDate !== null;

function toClaimReview(
  model: ReportHeader,
  article: ReportArticle,
  claim: ReportClaim & { verdict: JudgedVerdict; verdictDate: string },
): ClaimReview {
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: claim.url,
    claimReviewed: claim.exact,
    datePublished: claim.verdictDate.slice(0, 10),
    author: { "@type": "Organization", name: model.workspace.name, url: model.workspace.url },
    reviewRating: {
      "@type": "Rating",
      ratingValue: CLAIM_REVIEW_SCALE[claim.verdict],
      bestRating: BEST_RATING,
      worstRating: WORST_RATING,
      alternateName: VERDICT_LABELS[claim.verdict],
      ...(claim.rationale ? { ratingExplanation: claim.rationale } : {}),
    },
    // Articles carry no byline in Factmark, so the claim's author is left out rather than guessed.
    itemReviewed: {
      "@type": "Claim",
      appearance: { "@type": "CreativeWork", headline: article.title, url: article.url },
    },
  };
}

/**
 * JSON for inside a <script> element: `<` becomes \u003c so no value (a claim quoting
 * "</script>", say) can close the element; U+2028/2029 are escaped for older JS parsers.
 */
export function toScriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

/** The reviews as a JSON-LD script element, or "" when there are none. */
export function claimReviewScript(reviews: ClaimReview[]): string {
  return reviews.length ? `<script type="application/ld+json">${toScriptJson(reviews)}</script>` : "";
}

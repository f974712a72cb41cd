import { describe, expect, it } from "vitest";
import {
  BEST_RATING,
  claimReviewScript,
  toArticleClaimReviews,
  WORST_RATING,
  type ClaimReview,
} from "@/lib/exports/claim-review";
import type { ReportModel } from "@/lib/reports/model";
import { buildReport } from "@/lib/reports/build-report";
import { buildSyntheticSource } from "@/lib/reports/synthetic-report";

// Google's ClaimReview guidelines: required claimReviewed, reviewRating (alternateName),
// url, author; recommended itemReviewed (a Claim with appearance, author), datePublished,
// and a rating on a stated scale.
const toClaimReviews = (model: ReportModel): ClaimReview[] =>
  model.articles.flatMap((article) => toArticleClaimReviews(model, article));

describe("toArticleClaimReviews", () => {
  const report = buildReport(buildSyntheticSource(8, 1));
  const reviews = toClaimReviews(report);

  it("gives a ClaimReview for every judged claim and none for unreviewed ones", () => {
    const judged = report.articles[0]!.claims.filter((claim) => claim.verdict !== "unreviewed");
    expect(reviews.map((review) => review.claimReviewed)).toEqual(judged.map((claim) => claim.exact));
  });

  it("carries every required and recommended property", () => {
    const ratings = { Contradicted: 1, Disputed: 2, Verified: 3 } as Record<string, number>;
    for (const review of reviews) {
      expect(review["@context"]).toBe("https://schema.org");
      expect(review["@type"]).toBe("ClaimReview");
      expect(review.claimReviewed.length).toBeGreaterThan(0);
      expect(review.url).toMatch(/^https:\/\/factmark\.example\/w\/bench\/articles\/synthetic\/report#claim-\d+$/);
      expect(review.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(review.author).toEqual({
        "@type": "Organization",
        name: "Bench desk",
        url: "https://factmark.example/w/bench",
      });
      const rating = review.reviewRating;
      expect(rating["@type"]).toBe("Rating");
      expect([BEST_RATING, WORST_RATING]).toEqual([3, 1]);
      expect(rating).toMatchObject({ bestRating: BEST_RATING, worstRating: WORST_RATING });
      expect(rating.ratingValue).toBe(ratings[rating.alternateName]);
      expect(review.itemReviewed).toEqual({
        "@type": "Claim",
        appearance: {
          "@type": "CreativeWork",
          headline: "A synthetic article",
          url: "https://factmark.example/w/bench/articles/synthetic",
        },
      });
    }
    expect(
      reviews.find((review) => review.reviewRating.alternateName === "Disputed")?.reviewRating.ratingExplanation,
    ).toMatch(/^Checked against/);
  });

  // A claim quoting "</script>" must not end the JSON-LD element it is embedded in.
  it("embeds as JSON-LD that no value can break out of", () => {
    const source = buildSyntheticSource(2, 0);
    source.articles[0]!.claims[1]!.exact = "</script><script>alert(1)</script>";
    const script = claimReviewScript(toClaimReviews(buildReport(source)));
    expect(script.startsWith('<script type="application/ld+json">')).toBe(true);
    expect(script.match(/<\/script>/g)).toHaveLength(1);
    const json = script.slice(script.indexOf(">") + 1, script.lastIndexOf("</script>"));
    expect(JSON.parse(json)[0].claimReviewed).toBe("</script><script>alert(1)</script>");
  });
});

// A synthetic report source of any size, built in memory: for the report benchmark and for
// tests that need many claims without a database.
import { getDocumentText, positionBlocks, type ArticleDocument } from "@/lib/articles/document";
import { STANCES } from "@/lib/evidence/schema";
import type { ReportSource, SourceClaim } from "@/lib/reports/source";
import { VERDICTS } from "@/lib/verdicts/rules";

const SENTENCES_PER_PARAGRAPH = 8;
const AT = "2026-03-02T09:30:00.000Z";

/** One article of `claimCount` sentences, each a claim with `evidencePerClaim` pieces of evidence. */
export function buildSyntheticSource(claimCount: number, evidencePerClaim: number): ReportSource {
  const sentences = Array.from(
    { length: claimCount },
    (_, index) => `In ${1900 + (index % 120)}, the ministry reported ${index * 7} new cases in region ${index}.`,
  );
  const paragraphs: ArticleDocument["blocks"] = [];
  for (let index = 0; index < sentences.length; index += SENTENCES_PER_PARAGRAPH) {
    paragraphs.push({ type: "paragraph", text: sentences.slice(index, index + SENTENCES_PER_PARAGRAPH).join(" ") });
  }
  const document: ArticleDocument = {
    blocks: [
      { type: "title", text: "A synthetic article" },
      { type: "standfirst", text: "Many claims." },
      ...paragraphs,
    ],
  };
  const text = getDocumentText(document);
  const reviewer = { id: "reviewer", name: "Rea Reviewer" };
  let from = 0;
  const claims = sentences.map((sentence, index): SourceClaim => {
    const start = text.indexOf(sentence, from);
    from = start + sentence.length;
    const verdict = VERDICTS[index % VERDICTS.length]!;
    return {
      id: `claim-${index}`,
      start,
      end: start + sentence.length,
      exact: sentence,
      prefix: text.slice(Math.max(0, start - 32), start),
      suffix: text.slice(from, from + 32),
      verdict,
      rationale: verdict === "unreviewed" ? null : `Checked against the ministry's bulletin <${index}> & archive.`,
      createdBy: reviewer,
      createdAt: AT,
      updatedAt: AT,
      lastChange: verdict === "unreviewed" ? null : { actor: reviewer, createdAt: AT },
      evidence: Array.from({ length: evidencePerClaim }, (_, n) => ({
        id: `evidence-${index}-${n}`,
        url: `https://example.org/bulletins/${index}/${n}`,
        title: `Bulletin ${index}.${n}`,
        excerpt: `“${index * 7} new cases were recorded” — page ${n + 1}`,
        stance: STANCES[n % STANCES.length]!,
        note: n === 0 ? "Primary source" : null,
        noteDoc: null,
        passage: null,
        createdBy: reviewer,
        createdAt: AT,
        updatedAt: AT,
      })),
    };
  });
  return {
    scope: "article",
    workspace: { slug: "bench", name: "Bench desk" },
    articles: [
      {
        id: "article",
        slug: "synthetic",
        title: "A synthetic article",
        standfirst: "Many claims.",
        text,
        blocks: positionBlocks(document),
        claims,
      },
    ],
    generatedAt: AT,
    baseUrl: "https://factmark.example",
  };
}

/**
 * W3C Web Annotation (JSON-LD) adapter: our claims as Annotations, kept apart from the DB shape.
 *
 * - A claim is an Annotation `urn:factmark:claim:<id>` with motivation "assessing". Its target
 *   is the article, `urn:factmark:article:<slug>`: by slug, not id, so a collection exported from
 *   one workspace imports into any workspace holding the same articles.
 * - Bodies: the verdict (TextualBody, purpose "assessing"), the rationale (TextualBody, purpose
 *   "commenting"), and each piece of evidence with purpose "linking": a SpecificResource whose
 *   source is the evidence URL, or a TextualBody when it has none. What the model has no term
 *   for (stance, title, excerpt, note) is kept under our own `factmark:` prefix.
 */
import type { TextPositionSelector, TextQuoteSelector } from "@/lib/anchoring/selectors";
import { describePassage } from "@/lib/evidence/describe";
import type { StanceValue } from "@/lib/evidence/schema";
import { writeJsonArray } from "@/lib/reports/json-array";
import type { WriterFactory } from "@/lib/reports/report-writer";
import type { ReportArticle, ReportClaim, ReportEvidence, ReportPerson } from "@/lib/reports/model";
import type { VerdictValue } from "@/lib/verdicts/rules";

export const ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld";
export const FACTMARK_VOCAB = "urn:factmark:vocab:";
export const ANNOTATION_CONTEXT = [ANNO_CONTEXT, { factmark: FACTMARK_VOCAB }] as const;
export const ANNOTATION_CONTENT_TYPE = `application/ld+json; profile="${ANNO_CONTEXT}"`;

export const ARTICLE_URN_PREFIX = "urn:factmark:article:";
export const articleUrn = (slug: string) => `${ARTICLE_URN_PREFIX}${slug}`;
export const claimUrn = (id: string) => `urn:factmark:claim:${id}`;
const evidenceUrn = (id: string) => `urn:factmark:evidence:${id}`;
const userUrn = (id: string) => `urn:factmark:user:${id}`;

export interface Agent {
  id: string;
  type: "Person";
  name: string;
}

export interface EvidenceFields {
  "factmark:stance": StanceValue;
  "factmark:title"?: string;
  "factmark:excerpt"?: string;
  "factmark:note"?: string;
}

export type AnnotationBody =
  | { type: "TextualBody"; purpose: "assessing"; value: VerdictValue }
  | { type: "TextualBody"; purpose: "commenting"; value: string; format: "text/plain" }
  | ({ id: string; type: "SpecificResource"; purpose: "linking"; source: string } & EvidenceMeta)
  | ({ id: string; type: "TextualBody"; purpose: "linking"; value: string; format: "text/plain" } & EvidenceMeta);

type EvidenceMeta = EvidenceFields & { created: string; modified: string; creator: Agent };

export interface Annotation {
  "@context": typeof ANNOTATION_CONTEXT;
  id: string;
  type: "Annotation";
  motivation: "assessing";
  created: string;
  modified: string;
  creator: Agent;
  target: { source: string; selector: [TextQuoteSelector, TextPositionSelector] };
  body: AnnotationBody[];
}

export interface AnnotationPage {
  id: string;
  type: "AnnotationPage";
  partOf: string;
  startIndex: number;
  items: Annotation[];
}

export interface AnnotationCollection {
  "@context": typeof ANNOTATION_CONTEXT;
  id: string;
  type: "AnnotationCollection";
  label: string;
  total: number;
  generated: string;
  first: AnnotationPage;
  last: string;
}

const agent = (person: ReportPerson): Agent => ({ id: userUrn(person.id), type: "Person", name: person.name });

const ITEMS = "\u0000items";
const TOTAL = "\u0000total";

/**
 * Every claim of the report as an Annotation, in one collection with a single page, written an
 * article at a time. `total` comes last, once every annotation is written: it is then exactly
 * the number of items, however the workspace changed while it was read. Pure.
 */
export const writeAnnotationCollection: WriterFactory = (header) => {
  const subject = header.article ? articleUrn(header.article.slug) : workspaceUrn(header.workspace.slug);
  const id = `${subject}:annotations`;
  const envelope = {
    "@context": ANNOTATION_CONTEXT,
    id,
    type: "AnnotationCollection",
    label: `Factmark claims: ${header.article?.title ?? header.workspace.name}`,
    generated: header.generatedAt,
    first: { id: `${id}:page-1`, type: "AnnotationPage", partOf: id, startIndex: 0, items: ITEMS },
    last: `${id}:page-1`,
    total: TOTAL,
  } satisfies Record<keyof AnnotationCollection, unknown>;
  const [before, after] = JSON.stringify(envelope, null, 2).split(JSON.stringify(ITEMS)) as [string, string];
  const [between, end] = after.split(JSON.stringify(TOTAL)) as [string, string];
  // The items array sits two levels deep: collection → first → items.
  const items = writeJsonArray("    ");
  return {
    start: () => before + items.start(),
    article: (article) => items.items(article.claims.map((claim) => toAnnotation(article, claim))),
    end: () => `${items.end()}${between}${items.count()}${end}`,
  };
};

const workspaceUrn = (slug: string) => `urn:factmark:workspace:${slug}`;

/** One claim as an Annotation. */
export function toAnnotation(article: Pick<ReportArticle, "slug">, claim: ReportClaim): Annotation {
  const body: AnnotationBody[] = [{ type: "TextualBody", purpose: "assessing", value: claim.verdict }];
  if (claim.rationale)
    body.push({ type: "TextualBody", purpose: "commenting", value: claim.rationale, format: "text/plain" });
  for (const item of claim.evidence) body.push(toEvidenceBody(item));
  return {
    "@context": ANNOTATION_CONTEXT,
    id: claimUrn(claim.id),
    type: "Annotation",
    motivation: "assessing",
    created: claim.createdAt,
    modified: claim.updatedAt,
    creator: agent(claim.createdBy),
    target: {
      source: articleUrn(article.slug),
      selector: [
        { type: "TextQuoteSelector", exact: claim.exact, prefix: claim.prefix, suffix: claim.suffix },
        { type: "TextPositionSelector", start: claim.start, end: claim.end },
      ],
    },
    body,
  };
}

function toEvidenceBody(item: ReportEvidence): AnnotationBody {
  const meta: EvidenceMeta = {
    created: item.createdAt,
    modified: item.updatedAt,
    creator: agent(item.createdBy),
    "factmark:stance": item.stance,
    ...(item.title ? { "factmark:title": item.title } : {}),
    ...(item.excerpt ? { "factmark:excerpt": item.excerpt } : {}),
    ...(item.note ? { "factmark:note": item.note } : {}),
  };
  const id = evidenceUrn(item.id);
  if (item.url) return { id, type: "SpecificResource", purpose: "linking", source: item.url, ...meta };
  // Evidence without a source still reads as a comment to tools that ignore our prefix.
  const value = item.note ?? item.excerpt ?? (item.passage ? describePassage(item.passage) : "");
  return { id, type: "TextualBody", purpose: "linking", value, format: "text/plain", ...meta };
}

// Reads an imported Annotation's bodies back into a verdict, a rationale and evidence: the
// inverse of w3c-annotation.ts, lenient where other tools differ (a single body rather than an
// array, a capitalised verdict, linking bodies without our stance) and strict on the values.
import { addEvidenceSchema, type AddEvidenceInput } from "@/lib/evidence/schema";
import { isRationaleRequired, VERDICTS, type VerdictValue } from "@/lib/verdicts/rules";
import { MAX_RATIONALE_LENGTH } from "@/lib/verdicts/schema";

export interface AnnotationProblem {
  /** Where in the annotation, e.g. "body[2].source" or "target.selector". */
  field: string;
  message: string;
}

export interface ReadBodies {
  verdict: VerdictValue;
  rationale: string | null;
  evidence: AddEvidenceInput[];
}

const MAX_BODIES = 200;
// The evidence schema's field names, as this wire format spells them.
const WIRE_FIELDS: Record<string, string> = {
  url: "source",
  title: "factmark:title",
  excerpt: "factmark:excerpt",
  stance: "factmark:stance",
  note: "factmark:note",
};

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Verdict, rationale and evidence of an annotation, adding what is wrong to `problems`. */
export function readBodies(raw: unknown, problems: AnnotationProblem[]): ReadBodies {
  const bodies = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  const read: ReadBodies = { verdict: "unreviewed", rationale: null, evidence: [] };
  if (bodies.length > MAX_BODIES) {
    problems.push({ field: "body", message: `has more than ${MAX_BODIES} bodies` });
    return read;
  }
  let verdictAt: number | null = null;
  let rationaleAt: number | null = null;
  bodies.forEach((body, index) => {
    const field = `body[${index}]`;
    const add = (message: string, key?: string) => problems.push({ field: key ? `${field}.${key}` : field, message });
    if (!isObject(body)) return add("must be an object");
    if (body.purpose === "assessing") {
      if (verdictAt !== null) return add(`a second verdict: body[${verdictAt}] already gives one`);
      verdictAt = index;
      const value = typeof body.value === "string" ? body.value.trim().toLowerCase() : "";
      const verdict = VERDICTS.find((known) => known === value);
      if (!verdict)
        return add(`unknown verdict ${JSON.stringify(body.value)}; use one of ${VERDICTS.join(", ")}`, "value");
      read.verdict = verdict;
    } else if ("factmark:stance" in body || body.purpose === "linking") {
      const evidence = readEvidence(body);
      if (evidence.success) read.evidence.push(evidence.data);
      for (const issue of evidence.error?.issues ?? [])
        add(issue.message, WIRE_FIELDS[String(issue.path[0])] ?? "source");
    } else if (body.purpose === "commenting") {
      if (rationaleAt !== null) return add(`a second rationale: body[${rationaleAt}] already gives one`);
      rationaleAt = index;
      if (typeof body.value !== "string") return add("must be text", "value");
      if (body.value.length > MAX_RATIONALE_LENGTH)
        return add(`is longer than ${MAX_RATIONALE_LENGTH} characters`, "value");
      read.rationale = body.value.trim() || null;
    }
    // Other purposes (tagging, highlighting, …) have no place in a claim and are passed over.
  });
  if (isRationaleRequired(read.verdict) && !read.rationale) {
    problems.push({
      field: "body",
      message: `a rationale (purpose "commenting") is required for a ${read.verdict} verdict`,
    });
  }
  return read;
}

function readEvidence(body: Record<string, unknown>) {
  const source = isObject(body.source) ? body.source.id : body.source;
  // An external resource used directly as the body names itself by its id.
  const url = source ?? (body.type !== "TextualBody" && body.type !== "SpecificResource" ? body.id : undefined);
  const hasOwnText = "factmark:note" in body || "factmark:excerpt" in body;
  return addEvidenceSchema.safeParse({
    url: url ?? null,
    title: body["factmark:title"] ?? null,
    excerpt: body["factmark:excerpt"] ?? null,
    stance: body["factmark:stance"] ?? "context",
    note: body["factmark:note"] ?? (!hasOwnText && body.type === "TextualBody" ? body.value : null) ?? null,
  });
}

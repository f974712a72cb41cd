"use client";
// Linking a passage as evidence from outside the claim panel (the article beside, a related
// passage): one request, then the panel and the painted citations hear of it by command.
import { callApi, type ApiResult } from "@/app/_components/api";
import { sendCommand } from "@/app/_components/review-commands";
import type { TextSelection } from "@/lib/anchoring/selectors";
import type { EvidenceDto } from "@/lib/evidence/dto";
import type { StanceValue } from "@/lib/evidence/schema";

export const LINK_STANCES: { stance: StanceValue; label: string }[] = [
  { stance: "supports", label: "Supports" },
  { stance: "refutes", label: "Refutes" },
  { stance: "context", label: "Context" },
];

export async function linkPassage(
  claimId: string,
  passage: TextSelection & { articleId: string },
  stance: StanceValue,
): Promise<ApiResult<{ evidence: EvidenceDto }>> {
  const result = await callApi<{ evidence: EvidenceDto }>("POST", `/claims/${claimId}/evidence`, { stance, passage });
  if (result.ok) sendCommand("evidence-added", { claimId, evidence: result.data.evidence });
  return result;
}

/** "?claim=…&beside=<slug>&passage=<start>-<end>": the current query with the beside pane changed. */
export function besideQuery(current: URLSearchParams, slug: string | null, passage?: { start: number; end: number }) {
  const next = new URLSearchParams(current);
  next.delete("verdict");
  next.delete("passage");
  if (slug) next.set("beside", slug);
  else next.delete("beside");
  if (slug && passage) next.set("passage", `${passage.start}-${passage.end}`);
  const query = next.toString();
  return query ? `?${query}` : "";
}

/** “The first forty characters…” of a claim, for labels. */
export function excerptOf(text: string, max = 48): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

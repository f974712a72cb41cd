import "./verdict-legend.css";
import type { ClaimDto } from "@/lib/claims/dto";
import { VERDICT_LABELS, VERDICTS } from "@/lib/verdicts/rules";
import { VERDICT_HINTS, VERDICT_ICONS } from "./verdict-style";

/** What each highlight style means, with the count of claims in each verdict. */
export function VerdictLegend({ claims }: { claims: ClaimDto[] }) {
  const counts = new Map<string, number>();
  for (const claim of claims) counts.set(claim.verdict, (counts.get(claim.verdict) ?? 0) + 1);
  return (
    <ul className="legend" aria-label="Legend">
      {VERDICTS.map((verdict) => (
        <li key={verdict} title={`${VERDICT_LABELS[verdict]}: ${VERDICT_HINTS[verdict]}`}>
          <span className="claim legend-swatch" data-verdict={verdict} aria-hidden="true">
            {VERDICT_ICONS[verdict]} Aa
          </span>
          <span>{VERDICT_LABELS[verdict]}</span>
          <span className="count" data-testid={`legend-count-${verdict}`}>
            {counts.get(verdict) ?? 0}
          </span>
        </li>
      ))}
    </ul>
  );
}

import "./verdict-history.css";
import { formatDate } from "@/app/_components/format";
import { RichText } from "@/app/_components/rich-text";
import type { VerdictChangeDto } from "@/lib/verdicts/dto";
import { VERDICT_LABELS } from "@/lib/verdicts/rules";

export function VerdictHistory({ history }: { history: VerdictChangeDto[] }) {
  if (history.length === 0) return null;
  return (
    <section className="history">
      <h3>History</h3>
      <ol>
        {history.map((change) => (
          <li key={change.id}>
            <span>
              <strong>{change.actor.name}</strong> {VERDICT_LABELS[change.from]} →{" "}
              <strong>{VERDICT_LABELS[change.to]}</strong>
            </span>
            <time className="muted small" dateTime={change.createdAt}>
              {formatDate(change.createdAt)}
            </time>
            {change.rationale && (
              <RichText className="history-rationale" doc={change.rationaleDoc} text={change.rationale} />
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

import "./suggestion-list.css";
import type { Suggestion } from "@/lib/suggestions/dto";
import { suggestionKey } from "./use-suggestions";

interface Props {
  suggestions: Suggestion[];
  focusedKey: string | null;
  canReview: boolean;
  onFocus: (key: string) => void;
  onAccept: (suggestion: Suggestion) => void;
  onDismiss: (suggestion: Suggestion) => void;
}

/** Suggested check-worthy spans, best first within the text order, each with why. */
export function SuggestionList({ suggestions, focusedKey, canReview, onFocus, onAccept, onDismiss }: Props) {
  if (suggestions.length === 0) return <p className="empty">No more suggestions for this article.</p>;
  return (
    <ol className="suggestion-list">
      {suggestions.map((suggestion) => {
        const key = suggestionKey(suggestion);
        return (
          <li
            key={key}
            className={key === focusedKey ? "suggestion-row focused" : "suggestion-row"}
            onClick={() => onFocus(key)}
          >
            <p className="claim-quote">{suggestion.text}</p>
            <p className="muted small">
              <span className="score" title="Check-worthiness score">
                {Math.round(suggestion.score * 100)}
              </span>{" "}
              {suggestion.reasons.join("; ")}
            </p>
            {canReview && (
              <div className="form-actions">
                <button type="button" className="button primary small" onClick={() => onAccept(suggestion)}>
                  Accept <kbd>A</kbd>
                </button>
                <button type="button" className="button small" onClick={() => onDismiss(suggestion)}>
                  Dismiss <kbd>D</kbd>
                </button>
              </div>
            )}
          </li>
        );
      })}
    </ol>
  );
}

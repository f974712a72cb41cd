"use client";
// The editor's link prompt: a small inline form under the toolbar, not window.prompt. It is not a
// <form>, because the editor sits inside one (a verdict, a comment) and forms cannot nest: Enter
// applies the link here instead of submitting the outer form.
import { useId, useState, type KeyboardEvent } from "react";
import { isAllowedHref } from "@/lib/rich-text/href";

interface Props {
  /** The link under the cursor, when editing one. */
  initial?: string;
  onApply: (href: string) => void;
  onRemove: () => void;
  onClose: () => void;
}

/** "example.org" is read as https://example.org and "desk@example.org" as a mailto: link. */
function toHref(typed: string): string {
  const value = typed.trim();
  if (/^[a-z][a-z0-9+.-]*:/i.test(value)) return value;
  if (/^[^\s@/]+@[^\s@/]+\.[^\s@/]+$/.test(value)) return `mailto:${value}`;
  return `https://${value}`;
}

export function LinkForm({ initial, onApply, onRemove, onClose }: Props) {
  const [value, setValue] = useState(initial ?? "");
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();

  function apply() {
    const href = toHref(value);
    if (!isAllowedHref(href)) return setError("Use a web address (https://…) or an email address");
    onApply(href);
    onClose();
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "Enter") {
      event.preventDefault();
      apply();
    } else if (event.key === "Escape") {
      // The reader closes the claim on Escape; here it only closes this prompt.
      event.preventDefault();
      event.stopPropagation();
      onClose();
    }
  }

  return (
    <div className="rich-text-link-form" role="group" aria-label="Link">
      <label htmlFor={inputId} className="visually-hidden">
        Link address
      </label>
      <input
        id={inputId}
        type="url"
        autoFocus
        value={value}
        placeholder="https://"
        aria-invalid={Boolean(error)}
        aria-describedby={error ? `${inputId}-error` : undefined}
        onChange={(event) => {
          setValue(event.target.value);
          setError(null);
        }}
        onKeyDown={onKeyDown}
      />
      <button type="button" className="button primary small" onClick={apply}>
        Apply
      </button>
      {initial && (
        <button
          type="button"
          className="button small"
          onClick={() => {
            onRemove();
            onClose();
          }}
        >
          Remove link
        </button>
      )}
      <button type="button" className="button ghost small" onClick={onClose}>
        Cancel
      </button>
      {error && (
        <span className="field-error" id={`${inputId}-error`} role="alert">
          {error}
        </span>
      )}
    </div>
  );
}

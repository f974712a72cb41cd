"use client";
import "./keyboard-help.css";
import { useEffect, useRef } from "react";

export interface KeyHelp {
  keys: string[];
  action: string;
}

/** The keys of the current view, in a dialog opened with "?" and closed with Escape. */
export function KeyboardHelp({ keys, onClose }: { keys: KeyHelp[]; onClose: () => void }) {
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    closeRef.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape" || event.key === "?") {
        event.preventDefault();
        onClose();
      }
    };
    window.addEventListener("keydown", onKey, true);
    return () => window.removeEventListener("keydown", onKey, true);
  }, [onClose]);
  return (
    <div className="overlay" onClick={onClose}>
      <div
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="keyboard-help-title"
        onClick={(event) => event.stopPropagation()}
      >
        <header className="panel-header">
          <h2 id="keyboard-help-title">Keyboard shortcuts</h2>
          <button ref={closeRef} type="button" className="button ghost small" onClick={onClose} aria-label="Close">
            ✕
          </button>
        </header>
        <dl className="key-list">
          {keys.map((item) => (
            <div key={item.action}>
              <dt>
                {item.keys.map((key) => (
                  <kbd key={key}>{key}</kbd>
                ))}
              </dt>
              <dd>{item.action}</dd>
            </div>
          ))}
        </dl>
      </div>
    </div>
  );
}

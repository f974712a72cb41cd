"use client";

/** Opens the browser's print dialog: the print stylesheet leaves only the report on paper. */
export function PrintButton() {
  return (
    <button type="button" className="button small ghost" onClick={() => window.print()}>
      Print
    </button>
  );
}

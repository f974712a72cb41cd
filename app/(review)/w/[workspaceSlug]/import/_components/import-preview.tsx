"use client";
// How the server understood the content, before it is saved: the block counts and first lines.
import type { ImportPreviewDto } from "@/lib/articles/dto";

const LABELS = { heading: "headings", paragraph: "paragraphs", quote: "quotes", "list-item": "list items" } as const;

export function ImportPreview({ preview }: { preview: ImportPreviewDto }) {
  return (
    <section className="import-preview" aria-label="Preview">
      <h2>{preview.title}</h2>
      {preview.standfirst && <p className="standfirst">{preview.standfirst}</p>}
      <p className="import-counts">
        {Object.entries(LABELS).map(([type, label]) => (
          <span key={type} data-testid={`preview-${type}`}>
            <strong>{preview.counts[type as keyof typeof LABELS]}</strong> {label}
          </span>
        ))}
        <span>
          <strong>{preview.characters.toLocaleString("en")}</strong> characters
        </span>
      </p>
      <ol className="import-blocks">
        {preview.firstBlocks.map((block, index) => (
          <li key={index} className={`import-block import-block-${block.type}`}>
            <span className="import-block-type">{block.type}</span> {block.text}
          </li>
        ))}
      </ol>
    </section>
  );
}

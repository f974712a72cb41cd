"use client";
// The import form: content pasted or read from a file in the browser (decoded here as strict
// UTF-8, so a wrong file is refused before upload), metadata, a preview, then the import.
import { useRouter } from "next/navigation";
import { useState, type ChangeEvent, type FormEvent } from "react";
import { callApi, type ApiError } from "@/app/_components/api";
import {
  ACCEPTED_FILE_TYPES,
  decodeImportFile,
  formatForFileName,
  type ImportFormat,
} from "@/lib/articles/import/formats";
import type { ImportedArticleDto, ImportPreviewDto } from "@/lib/articles/dto";
import { AppError } from "@/lib/errors";
import { ImportPreview } from "./import-preview";

const FORMAT_LABELS: Record<ImportFormat, string> = { text: "Plain text", markdown: "Markdown", html: "HTML" };
const METADATA = [
  ["headline", "Headline", "text", "Taken from the first heading or line when left empty"],
  ["standfirst", "Standfirst", "text", ""],
  ["author", "Author", "text", ""],
  ["publication", "Publication", "text", ""],
  ["sourceUrl", "Source URL", "url", "https://…"],
  ["publishedAt", "Publication date", "date", ""],
] as const;
type MetadataField = (typeof METADATA)[number][0];

export function ImportForm({ workspaceSlug }: { workspaceSlug: string }) {
  const router = useRouter();
  const [source, setSource] = useState<"paste" | "upload">("paste");
  const [format, setFormat] = useState<ImportFormat>("html");
  const [content, setContent] = useState("");
  const [fileName, setFileName] = useState<string | null>(null);
  const [metadata, setMetadata] = useState<Record<MetadataField, string>>({
    headline: "",
    standfirst: "",
    author: "",
    publication: "",
    sourceUrl: "",
    publishedAt: "",
  });
  const [error, setError] = useState<ApiError | null>(null);
  const [preview, setPreview] = useState<ImportPreviewDto | null>(null);
  const [pending, setPending] = useState<"preview" | "import" | null>(null);

  async function readFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    setError(null);
    setPreview(null);
    setContent("");
    setFileName(file?.name ?? null);
    if (!file) return;
    try {
      setFormat(formatForFileName(file.name));
      setContent(decodeImportFile(new Uint8Array(await file.arrayBuffer())));
    } catch (caught) {
      if (!(caught instanceof AppError)) throw caught;
      setError({ code: caught.code, message: caught.message, field: caught.field });
    }
  }

  async function send(action: "preview" | "import") {
    setPending(action);
    setError(null);
    const body = { format, content, ...metadata };
    const base = `/workspaces/${workspaceSlug}/articles`;
    if (action === "preview") {
      const result = await callApi<{ preview: ImportPreviewDto }>("POST", `${base}/preview`, body);
      setPending(null);
      if (!result.ok) return setError(result.error);
      return setPreview(result.data.preview);
    }
    const result = await callApi<{ article: ImportedArticleDto }>("POST", base, body);
    if (!result.ok) {
      setPending(null);
      return setError(result.error);
    }
    router.push(result.data.article.path);
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void send("import");
  };
  const invalid = (field: string) => (error?.field === field ? true : undefined);

  return (
    <form className="import-form" onSubmit={submit} aria-label="Import article">
      <fieldset className="import-source">
        <legend>Content</legend>
        <div className="import-tabs" role="radiogroup" aria-label="Source">
          {(["paste", "upload"] as const).map((value) => (
            <label key={value} className={source === value ? "import-tab selected" : "import-tab"}>
              <input
                type="radio"
                name="source"
                value={value}
                checked={source === value}
                onChange={() => {
                  setSource(value);
                  setContent("");
                  setFileName(null);
                  setPreview(null);
                }}
              />
              {value === "paste" ? "Paste" : "Upload a file"}
            </label>
          ))}
        </div>
        <label className="field">
          Format
          <select value={format} onChange={(event) => setFormat(event.target.value as ImportFormat)}>
            {Object.entries(FORMAT_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        {source === "paste" ? (
          <label className="field">
            Article
            <textarea
              rows={14}
              value={content}
              aria-invalid={invalid("content")}
              onChange={(event) => {
                setContent(event.target.value);
                setPreview(null);
              }}
              placeholder="Paste the article here"
            />
          </label>
        ) : (
          <label className="field">
            File (.txt, .md, .markdown, .html, .htm; UTF-8, up to 1 MB)
            <input type="file" accept={ACCEPTED_FILE_TYPES} onChange={readFile} aria-invalid={invalid("file")} />
            {fileName && content && <span className="muted small">{`${fileName}: ${content.length} characters`}</span>}
          </label>
        )}
      </fieldset>
      <fieldset className="import-metadata">
        <legend>About the article</legend>
        {METADATA.map(([field, label, type, placeholder]) => (
          <label key={field} className="field">
            {label}
            <input
              type={type}
              value={metadata[field]}
              placeholder={placeholder || undefined}
              aria-invalid={invalid(field)}
              onChange={(event) => setMetadata({ ...metadata, [field]: event.target.value })}
            />
          </label>
        ))}
      </fieldset>
      {error && (
        <p role="alert" className="form-error">
          {error.message}
        </p>
      )}
      {preview && <ImportPreview preview={preview} />}
      <div className="form-actions">
        <button type="button" className="button" disabled={pending !== null} onClick={() => void send("preview")}>
          {pending === "preview" ? "Reading…" : "Preview"}
        </button>
        <button type="submit" className="button primary" disabled={pending !== null}>
          {pending === "import" ? "Importing…" : "Import"}
        </button>
      </div>
    </form>
  );
}

// What an import accepts, shared by the browser form and the server: formats, file types, limits.
// Pure, so the form can refuse a wrong file before sending it.
import { invalidInput } from "@/lib/errors";

export const IMPORT_FORMATS = ["text", "markdown", "html"] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** Longer than any newspaper feature (a long read is ~100 KB of HTML), short of a database dump. */
export const MAX_CONTENT_BYTES = 1024 * 1024;
/** The JSON around 1 MB of content: escaped quotes and newlines, and the metadata, fit twice over. */
export const MAX_IMPORT_BODY_BYTES = 2 * 1024 * 1024;

const EXTENSIONS: Record<string, ImportFormat> = {
  txt: "text",
  md: "markdown",
  markdown: "markdown",
  html: "html",
  htm: "html",
};

export const ACCEPTED_FILE_TYPES = Object.keys(EXTENSIONS)
  .map((ext) => `.${ext}`)
  .join(",");

/** The format of a file from its extension. Throws INVALID_INPUT (file) for any other type. */
export function formatForFileName(fileName: string): ImportFormat {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  const format = ext ? EXTENSIONS[ext] : undefined;
  if (!format) throw invalidInput("file", "must be a .txt, .md, .markdown, .html or .htm file");
  return format;
}

/** A file's bytes as text: at most 1 MB of valid UTF-8. Throws INVALID_INPUT (file). */
export function decodeImportFile(bytes: Uint8Array): string {
  if (bytes.byteLength > MAX_CONTENT_BYTES) throw invalidInput("file", "is larger than 1 MB");
  try {
    // fatal: a Latin-1 or binary file is refused, not turned into replacement characters.
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw invalidInput("file", "is not valid UTF-8 text (save it as UTF-8 and try again)");
  }
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Refuses content no article has: nothing, too much, NUL bytes, broken UTF-16. */
export function checkImportContent(content: string): void {
  if (new TextEncoder().encode(content).byteLength > MAX_CONTENT_BYTES) {
    throw invalidInput("content", "is larger than 1 MB");
  }
  if (content.includes("\u0000")) throw invalidInput("content", "contains NUL characters: is it a binary file?");
  if (LONE_SURROGATE.test(content)) throw invalidInput("content", "is not valid Unicode text");
  if (content.trim() === "") throw invalidInput("content", "is empty");
}

import { AppError } from "@/lib/errors";

// Far above any legitimate request (a claim is at most 10,000 characters), far below harm.
export const MAX_BODY_BYTES = 64 * 1024;

// JSON-LD (Web Annotation imports) is JSON too.
const JSON_TYPES = ["application/json", "application/ld+json"];

/** Reads a JSON request body, refusing wrong content types, oversized and malformed bodies. */
export async function readJsonBody(request: Request, maxBytes = MAX_BODY_BYTES): Promise<unknown> {
  const type = (request.headers.get("content-type") ?? "").toLowerCase();
  if (!JSON_TYPES.some((json) => type.startsWith(json))) {
    throw new AppError("INVALID_INPUT", "body: send JSON with Content-Type: application/json", "body");
  }
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > maxBytes) throw tooLarge(maxBytes);
  const text = await readLimited(request, maxBytes);
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("INVALID_INPUT", "body: is not valid JSON", "body");
  }
}

async function readLimited(request: Request, maxBytes: number): Promise<string> {
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new AppError("INVALID_INPUT", "body: is not valid UTF-8 text", "body");
  }
}

const tooLarge = (maxBytes: number) => {
  const limit = maxBytes >= 1024 * 1024 ? `${maxBytes / 1024 / 1024} MB` : `${maxBytes / 1024} KB`;
  return new AppError("PAYLOAD_TOO_LARGE", `body: is larger than ${limit}`, "body");
};

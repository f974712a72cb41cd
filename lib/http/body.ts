import { AppError } from "@/lib/errors";

// Far above any legitimate request (a claim is at most 10,000 characters), far below harm.
export const MAX_BODY_BYTES = 64 * 1024;

// JSON-LD (Web Annotation imports) is JSON too.
const JSON_TYPES = ["application/json", "application/ld+json"];

/** Refuses a body that is not JSON, or declares more than `maxBytes`, before reading it. */
function checkJsonRequest(request: Request, maxBytes: number) {
  const type = (request.headers.get("content-type") ?? "").toLowerCase();
  if (!JSON_TYPES.some((json) => type.startsWith(json))) {
    throw new AppError("INVALID_INPUT", "body: send JSON with Content-Type: application/json", "body");
  }
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > maxBytes) throw tooLarge(maxBytes);
}

/** Reads a JSON request body, refusing wrong content types, oversized and malformed bodies. */
export async function readJsonBody(request: Request, maxBytes = MAX_BODY_BYTES): Promise<unknown> {
  checkJsonRequest(request, maxBytes);
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

/**
 * A JSON body to parse as it arrives (a large import): the type and declared length are checked
 * now, the bytes counted as they are read, and reading stops with PAYLOAD_TOO_LARGE past
 * `maxBytes`, whether or not a length was declared.
 */
export function streamJsonBody(request: Request, maxBytes: number): AsyncGenerator<Uint8Array> {
  checkJsonRequest(request, maxBytes);
  const body = request.body;
  return (async function* () {
    if (!body) return;
    const reader = body.getReader();
    let size = 0;
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        size += value.byteLength;
        if (size > maxBytes) throw tooLarge(maxBytes);
        yield value;
      }
    } finally {
      // Stopped early (too large, or the reader gave up on a bad collection): drop the rest.
      await reader.cancel().catch(() => {});
    }
  })();
}

const tooLarge = (maxBytes: number) => {
  const limit = maxBytes >= 1024 * 1024 ? `${maxBytes / 1024 / 1024} MB` : `${maxBytes / 1024} KB`;
  return new AppError("PAYLOAD_TOO_LARGE", `body: is larger than ${limit}`, "body");
};

// A file to download. An export of any size is a stream of parts (an async iterable): serve()
// writes each part to the response as it comes, and asks for the next only once the client has
// taken the last, so a slow reader slows the export down instead of filling the server's memory.
import { toPublicError } from "@/lib/http/public-error";

/** A file to download: its bytes (or a stream of its parts), their type and the name to save it under. */
export interface FileReply {
  body: string | Buffer | AsyncIterable<string | Uint8Array>;
  contentType: string;
  fileName: string;
}

/** The reply's body as a Response accepts it. */
export function toResponseBody(body: FileReply["body"]): BodyInit {
  if (typeof body === "string") return body;
  if (Buffer.isBuffer(body)) return new Uint8Array(body);
  return toByteStream(body);
}

/**
 * A byte stream pulling one part at a time (highWaterMark 1: nothing is read ahead). A failure
 * halfway is logged and aborts the response: the status was sent with the first byte, so the
 * client sees a broken download rather than a complete-looking file that is not. A client that
 * goes away cancels the stream, which stops the parts' producer (and its database reads).
 */
export function toByteStream(parts: AsyncIterable<string | Uint8Array>): ReadableStream<Uint8Array> {
  const iterator = parts[Symbol.asyncIterator]();
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          for (;;) {
            const { done, value } = await iterator.next();
            if (done) return controller.close();
            const bytes = typeof value === "string" ? encoder.encode(value) : value;
            // Empty parts (an article with no rows in a filtered CSV) are skipped, not sent.
            if (bytes.byteLength > 0) return controller.enqueue(bytes);
          }
        } catch (error) {
          toPublicError(error);
          controller.error(error);
        }
      },
      async cancel() {
        await iterator.return?.();
      },
    },
    { highWaterMark: 1 },
  );
}

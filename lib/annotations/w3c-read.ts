// Reads a W3C Web Annotation collection (or page) as it arrives, yielding its annotations one by
// one: a workspace's export of any size imports with the memory of one annotation at a time.
// The bytes go through a streaming tokenizer (@streamparser/json); one parser checks the JSON's
// grammar while keeping nothing, the structure around the annotations (collection → first page →
// next pages → items) is followed here, and each annotation is assembled alone. Hostile bounds:
// annotations, pages, one annotation's size and nesting depth, besides the body's size (serve()).
import { Tokenizer, TokenParser, TokenType, type ParsedTokenInfo } from "@streamparser/json";
import { AppError, invalidInput } from "@/lib/errors";

export interface ReadLimits {
  annotations: number;
  pages: number;
  /** Characters of JSON one annotation may take. */
  annotationChars: number;
  /** Levels of arrays and objects, the collection's own included. */
  depth: number;
}

/**
 * A desk's whole workspace must fit: 5,000 articles of ~30 claims (the archive issue 14 measured)
 * is 150,000 annotations. Memory does not grow with the count (one annotation is held at a
 * time, and the spans seen so far, ~100 bytes each), so the bound is set by what a desk needs.
 */
export const MAX_IMPORT_ANNOTATIONS = 200_000;

export const IMPORT_LIMITS: ReadLimits = {
  annotations: MAX_IMPORT_ANNOTATIONS,
  pages: 1_000,
  // A claim is at most 10,000 characters, a rationale 20,000, with up to 200 bodies: generous.
  annotationChars: 2 * 1024 * 1024,
  depth: 32,
};

type Role = "root" | "page" | "items" | "type" | "other";
type Frame = { role: Role; isObject: boolean; key: string | null; expectsKey: boolean; hasItems: boolean };

/** The annotations of the collection, in order. Throws INVALID_INPUT naming what is wrong. */
export async function* readAnnotationStream(
  body: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>,
  limits: ReadLimits = IMPORT_LIMITS,
): AsyncGenerator<unknown> {
  const reader = new CollectionReader(limits);
  const decoder = new TextDecoder("utf-8", { fatal: true });
  for await (const chunk of body) {
    reader.write(typeof chunk === "string" ? chunk : decode(decoder, chunk, true));
    yield* reader.take();
  }
  reader.write(decode(decoder, new Uint8Array(), false));
  reader.end();
  yield* reader.take();
}

function decode(decoder: TextDecoder, bytes: Uint8Array, stream: boolean): string {
  try {
    return decoder.decode(bytes, { stream });
  } catch {
    throw invalidInput("body", "is not valid UTF-8 text");
  }
}

const notJson = () => invalidInput("body", "is not valid JSON");

class CollectionReader {
  private readonly tokenizer = new Tokenizer();
  // Checks the grammar of the whole body and keeps nothing (no path is ever emitted).
  private readonly grammar = new TokenParser({ paths: [], keepStack: false });
  private readonly frames: Frame[] = [];
  private ready: unknown[] = [];
  private item: { parser: TokenParser; start: number } | null = null;
  private depth = 0;
  private count = 0;
  private pages = 0;
  private types: string[] = [];
  private hasRootItems = false;

  constructor(private readonly limits: ReadLimits) {
    this.tokenizer.onToken = (token) => this.onToken(token);
  }

  write(text: string) {
    if (text) this.guard(() => this.tokenizer.write(text));
  }

  end() {
    this.guard(() => this.tokenizer.end());
    if (!this.grammar.isEnded) throw notJson();
    if (this.types.includes("AnnotationPage")) {
      if (!this.hasRootItems) throw invalidInput("items", "must be an array of annotations");
    } else if (!this.types.includes("AnnotationCollection")) {
      throw invalidInput("type", "must be AnnotationCollection (or AnnotationPage)");
    }
  }

  /** The annotations completed since the last call. */
  take(): unknown[] {
    const ready = this.ready;
    this.ready = [];
    return ready;
  }

  private guard(write: () => void) {
    try {
      write();
    } catch (error) {
      throw error instanceof AppError ? error : notJson();
    }
  }

  private onToken(info: ParsedTokenInfo) {
    if (this.grammar.isEnded) throw notJson(); // anything after the top-level value
    this.grammar.write(info);
    const { token } = info;
    if (token === TokenType.LEFT_BRACE || token === TokenType.LEFT_BRACKET) {
      if (++this.depth > this.limits.depth)
        throw invalidInput("body", `is nested deeper than ${this.limits.depth} levels`);
    } else if (token === TokenType.RIGHT_BRACE || token === TokenType.RIGHT_BRACKET) {
      this.depth -= 1;
    }
    if (this.item) return this.onItemToken(info);
    const frame = this.frames.at(-1);
    if (token === TokenType.RIGHT_BRACE || token === TokenType.RIGHT_BRACKET) return this.close();
    if (token === TokenType.COMMA) {
      if (frame?.isObject) frame.expectsKey = true;
      return;
    }
    if (token === TokenType.COLON) return;
    if (frame?.isObject && frame.expectsKey) {
      frame.key = String(info.value);
      frame.expectsKey = false;
      return;
    }
    this.onValue(info, frame);
  }

  /** A value starts (or is) here: what it is depends on where it sits. */
  private onValue(info: ParsedTokenInfo, parent: Frame | undefined) {
    const opens = info.token === TokenType.LEFT_BRACE || info.token === TokenType.LEFT_BRACKET;
    const role = roleOf(parent);
    if (role === "item") return this.startItem(info);
    if (role === "root" && info.token !== TokenType.LEFT_BRACE) {
      throw invalidInput("body", "must be an AnnotationCollection");
    }
    if (role === "page") {
      if (info.token !== TokenType.LEFT_BRACE) {
        throw invalidInput("first", "pages must be embedded AnnotationPage objects, not links");
      }
      if (++this.pages > this.limits.pages) throw invalidInput("first", `has more than ${this.limits.pages} pages`);
    }
    if (role === "items") {
      if (info.token !== TokenType.LEFT_BRACKET) throw invalidInput("first.items", "must be an array of annotations");
      parent!.hasItems = true;
      if (parent!.role === "root") this.hasRootItems = true;
    }
    if (role === "type" && typeof info.value === "string") this.types.push(info.value);
    if (opens) {
      const isObject = info.token === TokenType.LEFT_BRACE;
      this.frames.push({ role, isObject, key: null, expectsKey: isObject, hasItems: false });
    }
  }

  private close() {
    const frame = this.frames.pop();
    if (frame?.role === "page" && !frame.hasItems) throw invalidInput("first.items", "must be an array of annotations");
  }

  private startItem(info: ParsedTokenInfo) {
    if (++this.count > this.limits.annotations) {
      throw invalidInput(
        "items",
        `at most ${this.limits.annotations.toLocaleString("en")} annotations can be imported at once`,
      );
    }
    const parser = new TokenParser();
    parser.onValue = ({ value, stack }) => {
      if (stack.length === 0) this.ready.push(value);
    };
    this.item = { parser, start: info.offset };
    this.onItemToken(info);
  }

  private onItemToken(info: ParsedTokenInfo) {
    const item = this.item!;
    if (info.offset - item.start > this.limits.annotationChars) {
      throw invalidInput(`items[${this.count - 1}]`, `is larger than ${this.limits.annotationChars / 1024 / 1024} MB`);
    }
    item.parser.write(info);
    if (item.parser.isEnded) this.item = null;
  }
}

/** What a value is, from its container and key: the collection, a page, a page's items, an annotation. */
function roleOf(parent: Frame | undefined): Role | "item" {
  if (!parent) return "root";
  if (parent.role === "items") return "item";
  if (parent.role === "type") return "type";
  const isPageLike = parent.role === "root" || parent.role === "page";
  if (!isPageLike || !parent.isObject) return "other";
  if (parent.key === "items") return "items";
  if (parent.key === "next" || (parent.key === "first" && parent.role === "root")) return "page";
  if (parent.key === "type" && parent.role === "root") return "type";
  return "other";
}

// The streaming reader of imported collections: the same annotations as a whole parse, however
// the bytes are cut, and every hostile bound refused in words (INVALID_INPUT naming the field)
// before anything is held: too many annotations or pages, one annotation too large, nesting too
// deep, pages given as links, bodies that are not JSON or not UTF-8.
import { describe, expect, it } from "vitest";
import { IMPORT_LIMITS, readAnnotationStream, type ReadLimits } from "@/lib/annotations/w3c-read";

const read = async (parts: (string | Uint8Array)[], limits?: Partial<ReadLimits>) => {
  const items: unknown[] = [];
  for await (const item of readAnnotationStream(parts, { ...IMPORT_LIMITS, ...limits })) items.push(item);
  return items;
};

/** The text cut into pieces of `size` bytes, cutting through multi-byte characters too. */
const cut = (text: string, size: number) => {
  const bytes = new TextEncoder().encode(text);
  return Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) => bytes.subarray(i * size, (i + 1) * size));
};

const annotation = (n: number) => ({ type: "Annotation", id: `a${n}`, body: [{ value: `“${n}” — é ✓`, n }] });
const collection = (count: number, pages = 1) => {
  const perPage = Math.ceil(count / pages);
  let page: Record<string, unknown> | undefined;
  for (let p = pages - 1; p >= 0; p--) {
    const items = Array.from({ length: Math.min(perPage, count - p * perPage) }, (_, i) => annotation(p * perPage + i));
    page = { type: "AnnotationPage", items, ...(page ? { next: page } : {}) };
  }
  return { "@context": "http://www.w3.org/ns/anno.jsonld", type: "AnnotationCollection", first: page, total: count };
};

describe("readAnnotationStream", () => {
  it("yields every annotation of every embedded page, in order, however the bytes are cut", async () => {
    const json = JSON.stringify(collection(25, 3), null, 2);
    const expected = Array.from({ length: 25 }, (_, n) => annotation(n));
    expect(await read([json])).toEqual(expected);
    for (const size of [1, 3, 7, 64]) expect(await read(cut(json, size))).toEqual(expected);
  });

  it("reads a page sent alone, and a collection with the type after its items", async () => {
    expect(await read([JSON.stringify({ type: "AnnotationPage", items: [annotation(1)] })])).toEqual([annotation(1)]);
    const late = JSON.stringify({ first: { items: [annotation(2)] }, type: ["AnnotationCollection"] });
    expect(await read([late])).toEqual([annotation(2)]);
    expect(await read([JSON.stringify({ type: "AnnotationCollection" })])).toEqual([]);
  });

  it.each<[string, string, Partial<ReadLimits>, string]>([
    ["more annotations than allowed", JSON.stringify(collection(11)), { annotations: 10 }, "items"],
    ["more pages than allowed", JSON.stringify(collection(6, 6)), { pages: 5 }, "first"],
    ["an annotation larger than allowed", JSON.stringify(collection(3)), { annotationChars: 40 }, "items[0]"],
    [
      "nesting deeper than allowed",
      `{"type":"AnnotationCollection","x":${"[".repeat(40)}${"]".repeat(40)}}`,
      {},
      "body",
    ],
    ["a page given as a link", `{"type":"AnnotationCollection","first":"https://evil.example/p1"}`, {}, "first"],
    [
      "a next page given as a link",
      `{"type":"AnnotationPage","items":[],"next":"https://evil.example/p2"}`,
      {},
      "first",
    ],
    ["items that are not an array", `{"type":"AnnotationCollection","first":{"items":{}}}`, {}, "first.items"],
    ["a page without items", `{"type":"AnnotationCollection","first":{"type":"AnnotationPage"}}`, {}, "first.items"],
    ["a body that is not an object", `[{"type":"Annotation"}]`, {}, "body"],
    ["the wrong type", `{"type":"Annotation","items":[]}`, {}, "type"],
    ["JSON cut short", `{"type":"AnnotationCollection","first":{"items":[{"a":1}`, {}, "body"],
    ["JSON with a syntax error", `{"type" "AnnotationCollection"}`, {}, "body"],
    ["a second document after the first", `{"type":"AnnotationCollection"}{}`, {}, "body"],
    ["an empty body", ``, {}, "body"],
  ])("refuses %s", async (_, json, limits, field) => {
    await expect(read([json], limits)).rejects.toMatchObject({ code: "INVALID_INPUT", field });
  });

  it("refuses bytes that are not UTF-8", async () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('{"type":"AnnotationPage","items":["'),
      0xff,
      0x22,
      0x5d,
      0x7d,
    ]);
    await expect(read([bytes])).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: "body: is not valid UTF-8 text",
    });
  });

  it("holds one annotation at a time: the first is yielded before the rest has arrived", async () => {
    const json = JSON.stringify(collection(3));
    async function* slowly() {
      yield json.slice(0, json.indexOf('"a1"'));
      throw new Error("the rest never came");
    }
    const reader = readAnnotationStream(slowly());
    expect((await reader.next()).value).toEqual(annotation(0));
    await expect(reader.next()).rejects.toThrow("the rest never came");
  });
});

import { describe, expect, it } from "vitest";
import { z } from "zod";
import { encodeCursor, parsePageQuery, toPage } from "@/lib/http/pagination";

const key = z.strictObject({ n: z.number() });

describe("cursor pagination", () => {
  it("defaults to 100 rows and refuses more than 500", () => {
    expect(parsePageQuery("http://x/list", key)).toEqual({ limit: 100, after: null });
    expect(parsePageQuery("http://x/list?limit=500", key).limit).toBe(500);
    expect(() => parsePageQuery("http://x/list?limit=501", key)).toThrow(/limit/);
    expect(() => parsePageQuery("http://x/list?limit=0", key)).toThrow(/limit/);
  });

  it("round-trips a cursor and refuses a forged one", () => {
    expect(parsePageQuery(`http://x/list?cursor=${encodeCursor({ n: 3 })}`, key).after).toEqual({ n: 3 });
    expect(() => parsePageQuery("http://x/list?cursor=bogus", key)).toThrow(/cursor/);
    expect(() => parsePageQuery(`http://x/list?cursor=${encodeCursor({ n: "3" })}`, key)).toThrow(/cursor/);
  });

  it("gives a next cursor only when a further row was found", () => {
    expect(toPage([1, 2, 3], 2, (n) => ({ n }))).toEqual({ items: [1, 2], nextCursor: encodeCursor({ n: 2 }) });
    expect(toPage([1, 2], 2, (n) => ({ n }))).toEqual({ items: [1, 2], nextCursor: null });
  });
});

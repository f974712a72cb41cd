import { describe, expect, it } from "vitest";
import { storableText } from "@/lib/validation/text";

describe("storableText", () => {
  it("keeps every kind of real text", () => {
    for (const text of ["emoji 👩🏽‍💻", "RTL مرحبا", "combining e\u0301", "zero\u200bwidth", "<script>x</script>"]) {
      expect(storableText(100).parse(text)).toBe(text);
    }
  });

  it("refuses NUL and lone surrogates, which the database cannot store", () => {
    expect(storableText(100).safeParse("a\u0000b").success).toBe(false);
    expect(storableText(100).safeParse("x\ud800y").success).toBe(false);
    expect(storableText(3).safeParse("abcd").success).toBe(false);
  });
});

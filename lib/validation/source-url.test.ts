import { describe, expect, it } from "vitest";
import { parseSourceUrl } from "@/lib/validation/source-url";

describe("parseSourceUrl", () => {
  it("accepts web addresses and normalises them", () => {
    expect(parseSourceUrl("https://www.un.org/en/about-us/member-states")).toBe(
      "https://www.un.org/en/about-us/member-states",
    );
    expect(parseSourceUrl("  HTTP://Example.org  ")).toBe("http://example.org/");
  });

  it.each([
    "javascript:alert(1)",
    "JavaScript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "file:///etc/passwd",
    "ftp://example.org/file",
    "not a url",
    "https://",
    "http://intranet",
    "",
    `https://example.org/${"a".repeat(3000)}`,
  ])("refuses %s", (text) => {
    expect(parseSourceUrl(text)).toBeNull();
  });
});

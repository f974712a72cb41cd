// The declarations are the source of truth for the docs and the e2e suites, so they are checked
// here: examples are real bodies, and what the e2e fixtures derive from them is possible.
import { describe, expect, it } from "vitest";
import { operationList } from "@/lib/api/operations";

describe("declared operations", () => {
  it("give every operation that takes a body at least one example, and every JSON example parses", () => {
    for (const op of operationList.filter((o) => o.body || o.rawBody)) {
      const examples = Object.entries(op.examples ?? {});
      expect(examples.length, op.id).toBeGreaterThan(0);
      for (const [name, example] of examples) {
        if (!op.body) continue;
        const parsed = op.body.safeParse(example);
        expect(parsed.success, `${op.id} example ${name}: ${parsed.error?.message}`).toBe(true);
      }
    }
  });

  it("take examples only where there is a body", () => {
    for (const op of operationList) if (!op.body && !op.rawBody) expect(op.examples, op.id).toBeUndefined();
  });

  it("keep GET operations free of bodies, and mutations of query strings", () => {
    for (const op of operationList) {
      if (op.method === "GET") expect(op.body ?? op.rawBody, op.id).toBeUndefined();
      else expect(op.query, op.id).toBeUndefined();
    }
  });
});

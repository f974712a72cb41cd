// The pool keeps CPU-heavy tasks off the event loop and stops any that overrun: a hostile
// document used to hold the one Node process (45.7 s for one HTML preview) and every tenant with it.
import { afterAll, describe, expect, it } from "vitest";
import { closePool, runTask } from "@/lib/workers/pool";

afterAll(() => closePool());

describe("runTask", () => {
  it("runs a lib function in a worker thread and returns its result", async () => {
    const doc = await runTask(
      "parseImportedArticle",
      { format: "html", content: "<h1>Title</h1><p>Body</p>" },
      { field: "content" },
    );
    expect(doc.blocks).toEqual([
      { type: "title", text: "Title" },
      { type: "paragraph", text: "Body" },
    ]);
  });

  it("rethrows the task's AppError with its code and field", async () => {
    await expect(
      runTask(
        "parseImportedArticle",
        { format: "html", content: "<script>x()</script>", headline: "H" },
        { field: "content" },
      ),
    ).rejects.toMatchObject({ code: "INVALID_INPUT", field: "content" });
  });

  it("stops a task over its limit, refuses it naming the field, and keeps the event loop free meanwhile", async () => {
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 50);
    const started = performance.now();
    const outcome = runTask("burnCpu", { ms: Infinity }, { field: "content", timeoutMs: 1_000 });
    await expect(outcome).rejects.toMatchObject({
      code: "INVALID_INPUT",
      field: "content",
      message: "content: is too complex to process within 1 seconds",
    });
    clearInterval(ticker);
    const elapsed = performance.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(950);
    expect(elapsed).toBeLessThan(5_000);
    // The main thread went on ticking while the worker spun.
    expect(ticks).toBeGreaterThanOrEqual(10);
    // The thread was replaced: the pool still answers.
    await expect(runTask("burnCpu", { ms: 10 }, { field: "content" })).resolves.toMatchObject({
      spunMs: expect.any(Number),
    });
  });
});

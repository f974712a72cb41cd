// A workspace's PDF laid out in the background: asked for by a member, worked off the request
// (here called directly, and once through the queue as the app does), written to PostgreSQL in
// pieces, and read back only by whoever asked.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { workQueues } from "@/lib/jobs/queue";
import { readReportJobFile, getReportJob } from "@/lib/report-jobs/queries";
import { reportJobQueue, requestReportJob, runReportJob } from "@/lib/report-jobs/mutations";
import { createTestUser, createTestWorkspace } from "@/tests/fixtures";
import { extractPdfText } from "@/tests/pdf-text";
import { insertGeneratedArticles, insertGeneratedClaims } from "@/tests/scale";

const BASE = "https://factmark.example";

async function download(viewer: Parameters<typeof readReportJobFile>[0], jobId: string): Promise<Buffer> {
  const { body } = await readReportJobFile(viewer, jobId);
  const parts: Uint8Array[] = [];
  for await (const part of body as AsyncIterable<Uint8Array>) parts.push(part);
  return Buffer.concat(parts);
}

describe("background reports", () => {
  it("lays a workspace of 150 articles out as one PDF, in pieces, counting the articles as it goes", async () => {
    const ws = await createTestWorkspace();
    const prefix = `job-${randomUUID().slice(0, 8)}`;
    await insertGeneratedArticles(ws.workspace.id, prefix, 150);
    await insertGeneratedClaims(prefix, 150, 4, ws.reviewer.userId);

    const asked = await requestReportJob(ws.reviewer, ws.workspace.slug, { format: "pdf", filters: {} }, BASE);
    expect(asked).toMatchObject({ status: "queued", downloadUrl: null });
    // Asking again for the same report while it waits gives the same job.
    expect((await requestReportJob(ws.reviewer, ws.workspace.slug, { format: "pdf", filters: {} }, BASE)).id).toBe(
      asked.id,
    );

    await runReportJob(asked.id);
    const job = await getReportJob(ws.reviewer, asked.id);
    expect(job).toMatchObject({ status: "done", articlesDone: 152, articlesTotal: 152, error: null });
    expect(job.downloadUrl).toBe(`/api/v1/report-jobs/${asked.id}/file`);
    expect(job.fileName).toMatch(/^factmark-report-test-[a-z0-9]+-\d{4}-\d{2}-\d{2}\.pdf$/);

    const pieces = await db.reportJobChunk.findMany({ where: { jobId: asked.id }, select: { data: true } });
    expect(pieces.length).toBeGreaterThan(1);
    const pdf = await download(ws.reviewer, asked.id);
    expect(pdf.byteLength).toBe(job.byteSize);
    const text = (await extractPdfText(pdf)).join("\f");
    // Every article, each on a page of its own, with its claims.
    for (const n of [1, 75, 150]) expect(text).toContain(`Harbour report ${n}`);
    expect(text.match(/Harbour report \d+/g)).toHaveLength(150);
    expect(text).toContain("Checked against dispatch 150.");
  }, 120_000);

  it("keeps the filters it was asked with", async () => {
    const ws = await createTestWorkspace();
    const prefix = `jobf-${randomUUID().slice(0, 8)}`;
    await insertGeneratedArticles(ws.workspace.id, prefix, 3);
    await insertGeneratedClaims(prefix, 3, 4, ws.reviewer.userId);
    const all = await requestReportJob(ws.editor, ws.workspace.slug, { format: "pdf", filters: {} }, BASE);
    const contradicted = await requestReportJob(
      ws.editor,
      ws.workspace.slug,
      { format: "pdf", filters: { verdict: "contradicted" } },
      BASE,
    );
    expect(contradicted.id).not.toBe(all.id);
    await runReportJob(contradicted.id);
    const text = (await extractPdfText(await download(ws.editor, contradicted.id))).join(" ");
    expect(text).toContain("CONTRADICTED");
    expect(text).not.toContain("VERIFIED ");
  }, 60_000);

  it("is seen and downloaded by the members of its workspace only", async () => {
    const ws = await createTestWorkspace();
    const job = await requestReportJob(ws.viewerOnly, ws.workspace.slug, { format: "pdf", filters: {} }, BASE);
    await expect(readReportJobFile(ws.viewerOnly, job.id)).rejects.toMatchObject({ code: "CONFLICT" });
    await runReportJob(job.id);
    expect((await getReportJob(ws.reviewer, job.id)).status).toBe("done");
    const outsider = await createTestUser();
    await expect(getReportJob(outsider, job.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(readReportJobFile(outsider, job.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await db.membership.deleteMany({ where: { workspaceId: ws.workspace.id, userId: ws.viewerOnly.userId } });
    await expect(getReportJob(ws.viewerOnly, job.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    // An outsider cannot ask for one either.
    await expect(
      requestReportJob(await createTestUser(), ws.workspace.slug, { format: "pdf", filters: {} }, BASE),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  }, 60_000);

  it("fails in words when its asker has left the workspace before it ran", async () => {
    const ws = await createTestWorkspace();
    const job = await requestReportJob(ws.reviewer, ws.workspace.slug, { format: "pdf", filters: {} }, BASE);
    await db.membership.deleteMany({ where: { workspaceId: ws.workspace.id, userId: ws.reviewer.userId } });
    await runReportJob(job.id);
    const row = await db.reportJob.findUniqueOrThrow({ where: { id: job.id } });
    expect(row).toMatchObject({ status: "failed", error: "You are no longer a member of this workspace" });
    expect(await db.reportJobChunk.count({ where: { jobId: job.id } })).toBe(0);
  }, 60_000);

  it("is worked from the queue by the app's job runner", async () => {
    const ws = await createTestWorkspace();
    const stop = await workQueues([reportJobQueue], { pollingIntervalSeconds: 0.5 });
    try {
      const job = await requestReportJob(ws.editor, ws.workspace.slug, { format: "pdf", filters: {} }, BASE);
      let status = job.status;
      for (let tries = 0; tries < 120 && status !== "done" && status !== "failed"; tries++) {
        await new Promise((resolve) => setTimeout(resolve, 250));
        status = (await getReportJob(ws.editor, job.id)).status;
      }
      expect(status).toBe("done");
      const text = (await extractPdfText(await download(ws.editor, job.id))).join(" ");
      expect(text).toContain(`Fact-check report: ${ws.workspace.name}`);
    } finally {
      await stop();
    }
  }, 60_000);
});

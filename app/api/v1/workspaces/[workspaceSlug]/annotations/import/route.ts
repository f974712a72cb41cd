import { exportRoute, readImportBody } from "@/lib/exports/http";
import { importAnnotations } from "@/lib/exports/mutations";

/**
 * POST a W3C Web Annotation collection (as exported by GET .../annotations): its claims, verdicts
 * and evidence are added to the workspace's articles, all or nothing. Editors and owners.
 * 201 with counts; 422 with `error.rejected` listing each refused annotation and why.
 */
export const POST = exportRoute<{ workspaceSlug: string }, unknown>(
  readImportBody,
  async ({ viewer, params, query }) =>
    Response.json({ imported: await importAnnotations(viewer, params.workspaceSlug, query) }, { status: 201 }),
  { rateLimit: "import" },
);

import { operations } from "@/lib/api/operations";
import { serve } from "@/lib/api/serve";
import { buildOpenApiDocument } from "@/lib/openapi/document";

// The document describes the API, not anyone's data: served without signing in.
export const dynamic = "force-static";

export const GET = serve(operations.openApiDocument, async () => buildOpenApiDocument());

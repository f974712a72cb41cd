import { buildOpenApiDocument } from "@/lib/openapi/document";

// The document describes the API, not anyone's data: served without signing in.
export const dynamic = "force-static";

export function GET() {
  return Response.json(buildOpenApiDocument());
}

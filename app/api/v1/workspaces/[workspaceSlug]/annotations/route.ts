import { operations } from "@/lib/api/operations";
import { serve } from "@/lib/api/serve";
import { downloadAnnotations } from "@/lib/exports/downloads";

export const GET = serve(operations.workspaceAnnotations, ({ viewer, params, origin }) =>
  downloadAnnotations(viewer, params, origin),
);

// Every operation of /api/v1, by id. A route file serves one of these (lib/api/serve.ts) and a
// test fails for a route file that serves none; the OpenAPI document (lib/openapi/document.ts),
// the hostile-input suite and the role matrix (e2e/fixtures) are built from this list.
import type { Operation } from "@/lib/api/operation";
import { accountOperations } from "@/lib/api/operations/account";
import { articleOperations } from "@/lib/api/operations/articles";
import { claimOperations } from "@/lib/api/operations/claims";
import { evidenceOperations } from "@/lib/api/operations/evidence";
import { exportOperations } from "@/lib/api/operations/exports";
import { workspaceOperations } from "@/lib/api/operations/workspaces";

export const operations = {
  ...articleOperations,
  ...claimOperations,
  ...evidenceOperations,
  ...workspaceOperations,
  ...exportOperations,
  ...accountOperations,
};

export const operationList: Operation[] = Object.values(operations);

// What an HTTP operation of the API is, declared once (lib/api/operations/): its address, what it
// reads, what it answers, who may call it and what it costs. The route file serves it
// (lib/api/serve.ts); the OpenAPI document, the hostile-input suite and the role matrix are
// derived from the same declaration. Pure: no server code, so tests and tools can read it.
import type { z } from "zod";
import type { RateLimitPolicyName } from "@/lib/rate-limits/policies";

export type Method = "GET" | "POST" | "PUT" | "DELETE";

export type Tag = "Articles" | "Claims" | "Evidence" | "Workspaces" | "Exports" | "Tokens" | "Account" | "Meta";

/**
 * The least a caller must be. Roles are per workspace (the one the address leads to):
 * - public: anyone, signed in or not;
 * - signed-in: any signed-in person (their own account);
 * - member: any member of the workspace, viewers included;
 * - reviewer / editor / owner: that role or above.
 */
export type Access = "public" | "signed-in" | "member" | "reviewer" | "editor" | "owner";

/** What a successful call answers. */
export type Reply =
  /** JSON matching `schema` (checked against it when FACTMARK_CHECK_REPLIES=1, as in the e2e suite). */
  | { kind: "json"; status: 200 | 201; schema: z.ZodType }
  /** 204, no body. */
  | { kind: "empty" }
  /** A file to save (Content-Disposition: attachment), in one of these types. */
  | { kind: "file"; contentTypes: readonly string[] }
  /** Server-Sent Events. */
  | { kind: "event-stream" };

export interface OperationSpec<P extends string = string> {
  method: Method;
  /** OpenAPI form: path parameters in braces ("/api/v1/claims/{claimId}"). */
  path: P;
  tag: Tag;
  summary: string;
  access: Access;
  /**
   * Acts on one person's record (a claim, a piece of evidence): besides the role, only its creator
   * or an editor may call it, so a second reviewer gets 403.
   */
  isCreatorsOnly?: boolean;
  /** Browser sessions only (EventSource cannot send a bearer token). */
  isSessionOnly?: boolean;
  /** The query string, parsed (and transformed) before the handler runs; 422 names a bad parameter. */
  query?: z.ZodType;
  /** A JSON body, parsed before the handler runs; 422 names the field at fault. */
  body?: z.ZodType;
  /**
   * Named example bodies, shown in the OpenAPI document. Each is valid as it stands, except where a
   * field points into a workspace (a span of an article's text, a member, an article): the e2e
   * suite fills those in from its desk and sends every example (e2e/fixtures/operation-requests.ts).
   */
  examples?: Record<string, unknown>;
  /** A JSON-LD body the handler parses itself as it arrives (a Web Annotation import), described by its type. */
  rawBody?: { contentType: string };
  /** Bodies above this are refused with 413 before parsing (default MAX_BODY_BYTES, 64 KB). */
  maxBodyBytes?: number;
  /** The policy (lib/rate-limits/policies.ts) an expensive operation counts against. */
  rateLimit?: RateLimitPolicyName;
  reply: Reply;
  /** Refusals particular to this operation, status → when (401, 403, 404, 422, 429 are implied). */
  errors?: Record<number, string>;
}

/** "/a/{x}/b/{y}" → "x" | "y". */
type ParamNames<P extends string> = P extends `${string}{${infer Name}}${infer Rest}` ? Name | ParamNames<Rest> : never;

export type PathParams<P extends string> = { [K in ParamNames<P>]: string };

export type Operation<S extends OperationSpec = OperationSpec> = S & { readonly id: string };

/** Declares operations by id; keeps their literal types for the handlers that serve them. */
export function defineOperations<const T extends Record<string, OperationSpec>>(
  specs: T,
): {
  [K in keyof T]: T[K] & { readonly id: K & string };
} {
  return Object.fromEntries(Object.entries(specs).map(([id, spec]) => [id, { ...spec, id }])) as never;
}

/** What a caller at `access` may be, from the weakest role up. */
export const ROLES_FROM = {
  member: ["viewer", "reviewer", "editor", "owner"],
  reviewer: ["reviewer", "editor", "owner"],
  editor: ["editor", "owner"],
  owner: ["owner"],
} as const;

export const isMutation = (op: OperationSpec) => op.method !== "GET";

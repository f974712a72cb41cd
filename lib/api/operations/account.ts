// The signed-in person's own account, and the API's description of itself.
import { z } from "zod";
import { changePasswordSchema } from "@/lib/account/schema";
import { defineOperations } from "@/lib/api/operation";

export const accountOperations = defineOperations({
  changePassword: {
    method: "PUT",
    path: "/api/v1/account/password",
    tag: "Account",
    summary: "Change your password (signs out every other session; browser sessions only, not tokens)",
    access: "signed-in",
    body: changePasswordSchema,
    examples: {
      change: {
        currentPassword: "the one you have now",
        newPassword: "harbour lantern proofread 1947",
        confirmPassword: "harbour lantern proofread 1947",
      },
    },
    reply: { kind: "empty" },
    errors: { 409: "Too many wrong current passwords", 422: "Wrong current password or weak new one" },
  },
  signOutEverywhere: {
    method: "DELETE",
    path: "/api/v1/account/sessions",
    tag: "Account",
    summary: "Sign out everywhere: every session of yours stops working, this one included",
    access: "signed-in",
    reply: { kind: "empty" },
  },
  openApiDocument: {
    method: "GET",
    path: "/api/v1/openapi.json",
    tag: "Meta",
    summary: "This document",
    access: "public",
    reply: {
      kind: "json",
      status: 200,
      schema: z.looseObject({ openapi: z.string(), paths: z.record(z.string(), z.unknown()) }),
    },
  },
});

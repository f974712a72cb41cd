// What GET /api/health answers. Public, so it says nothing more than whether the app can serve.
import { z } from "zod";

export const healthDtoSchema = z.object({
  status: z.enum(["ok", "unavailable"]),
  database: z.enum(["ok", "unreachable"]),
  migrations: z.enum(["current", "pending", "unknown"]).describe('"unknown" only while the database cannot be asked'),
});
export type HealthDto = z.infer<typeof healthDtoSchema>;

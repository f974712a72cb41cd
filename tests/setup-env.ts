import { inject } from "vitest";

// Each test worker reaches the database the global setup prepared.
process.env.DATABASE_URL = inject("databaseUrl");

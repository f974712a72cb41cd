// `tsx prisma/seed.ts`: seeds the demo workspace into DATABASE_URL (scripts/start.ts does this on every start).
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { seedDemo } from "./seed/demo";

const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL! }) });
await seedDemo(db).finally(() => db.$disconnect());
console.log("seeded");

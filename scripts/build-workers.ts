// `npm run build` (and whoever needs the worker bundle without the rest): see scripts/lib/build-workers.ts.
import { buildWorkers, WORKER_BUNDLE } from "./lib/build-workers";

await buildWorkers();
console.log(`Worker tasks bundled into ${WORKER_BUNDLE}`);

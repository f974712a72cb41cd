// Runs once when a Next.js server process starts, before it serves requests.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    // Imported here: node:http exists only in the Node.js runtime.
    const { installClientAddressStamp } = await import("@/lib/http/install-client-address");
    installClientAddressStamp();
    // Every instance works the background queues (lib/jobs/queue.ts): nothing else to run.
    const { keepWorkingQueues } = await import("@/lib/jobs/queue");
    const { reportJobQueue } = await import("@/lib/report-jobs/mutations");
    keepWorkingQueues([reportJobQueue]);
  }
}

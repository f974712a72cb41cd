// The app under the scale benchmark: one production server per archive size (so each size's
// memory figure is its own), restarted on demand — before each "first request of a process",
// and after a request that timed out or failed, since the server may still be working on it.
import { readRssMb, startAppServer, type AppServer } from "../app-server";

export interface ScaleServer {
  readonly baseUrl: string;
  /** Why the server was restarted so far, besides the planned restarts. */
  unplannedRestarts: string[];
  restart: (reason?: string) => Promise<void>;
  /** Runs `listener` after every restart (clients drop their kept-alive sockets). */
  onRestart: (listener: () => void) => void;
  /** Restarts it after a failure that may have left it busy or dead. */
  recoverAfter: (failure: string) => Promise<void>;
  rssMb: () => Promise<number>;
  getLog: () => string;
  stop: () => Promise<void>;
}

const isTransportFailure = (failure: string) => /^(no answer|connection error)/.test(failure);

export async function startScaleServer(port: number, env: Record<string, string>): Promise<ScaleServer> {
  let app: AppServer = await startAppServer(port, env);
  const unplannedRestarts: string[] = [];
  const listeners: (() => void)[] = [];
  const restart = async (reason?: string) => {
    await app.stop();
    if (reason) unplannedRestarts.push(reason);
    app = await startAppServer(port, env);
    for (const listener of listeners) listener();
  };
  return {
    baseUrl: app.baseUrl,
    unplannedRestarts,
    restart,
    onRestart: (listener) => void listeners.push(listener),
    // A reply, even a 5xx, leaves the server usable; an abandoned request (time-out) or a broken
    // connection may leave it computing, or dead: start afresh then.
    recoverAfter: async (failure) => {
      if (isTransportFailure(failure)) await restart(failure);
    },
    rssMb: () => readRssMb(app.pid),
    getLog: () => app.getLog(),
    stop: () => app.stop(),
  };
}

// What every row of the scale benchmark gets at one archive size.
import type { TimingClient } from "./http-timing";
import type { ScaleServer } from "./server";
import type { ScaleWorkspace } from "./workspaces";

export interface SizeContext {
  workspace: ScaleWorkspace;
  server: ScaleServer;
  /** Signed in as the workspace's first reviewer. */
  client: TimingClient;
  databaseUrl: string;
  /** Timed requests per row, after one warm-up. */
  repeat: number;
}

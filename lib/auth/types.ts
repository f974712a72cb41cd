/** Who is asking: taken from the session on the server, never from the request body. */
export interface Viewer {
  userId: string;
  name: string;
  email: string;
  /**
   * Set when the request came with a personal access token: the one workspace the token was made
   * for. lib/access/access.ts then finds no other workspace, so the token cannot reach the
   * user's other desks.
   */
  workspaceId?: string;
  /** Set with workspaceId: the token's id, which rate limits count against (lib/rate-limits). */
  tokenId?: string;
}

// What an owner sees when they create a reset link: the link itself (only this once), and where
// else the person belongs.
export interface CreatedResetDto {
  /** "/reset-password/<token>", to be put after the app's origin. */
  path: string;
  expiresAt: string;
  /** The other workspaces the person belongs to: they see this reset in their activity too. */
  otherWorkspaces: string[];
}

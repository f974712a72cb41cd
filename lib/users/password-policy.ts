// The one rule for a new password, wherever a password is chosen (first owner, create-owner).

export const MIN_NEW_PASSWORD_LENGTH = 10;

/** What is wrong with a new password, in a reader's words, or null when it is acceptable. */
export async function checkNewPassword(password: string): Promise<string | null> {
  if (password.length < MIN_NEW_PASSWORD_LENGTH) return `must be at least ${MIN_NEW_PASSWORD_LENGTH} characters`;
  return null;
}

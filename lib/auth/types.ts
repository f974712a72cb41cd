/** Who is asking: taken from the session on the server, never from the request body. */
export interface Viewer {
  userId: string;
  name: string;
  email: string;
}

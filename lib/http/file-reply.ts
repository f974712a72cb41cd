/** A file to download: its bytes, their type and the name to save it under. */
export interface FileReply {
  body: string | Buffer;
  contentType: string;
  fileName: string;
}

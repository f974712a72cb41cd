// Reads one line from the terminal without echoing it (a password prompt), or from a pipe.
import { createInterface } from "node:readline";
import { Writable } from "node:stream";

export async function readHiddenLine(prompt: string): Promise<string> {
  process.stdout.write(prompt);
  // Swallow what readline would echo; the prompt itself was written above.
  const silent = new Writable({ write: (_chunk, _encoding, done) => done() });
  const lines = createInterface({ input: process.stdin, output: silent, terminal: Boolean(process.stdin.isTTY) });
  try {
    for await (const line of lines) return line;
    return "";
  } finally {
    lines.close();
    process.stdout.write("\n");
  }
}

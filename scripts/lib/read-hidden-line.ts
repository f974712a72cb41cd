// Reads one line from the terminal without echoing it (a password prompt).
import { createInterface } from "node:readline";
import { Writable } from "node:stream";

export function readHiddenLine(prompt: string): Promise<string> {
  process.stdout.write(prompt);
  // Swallow what readline would echo; the prompt itself was written above.
  const silent = new Writable({ write: (_chunk, _encoding, done) => done() });
  const lines = createInterface({ input: process.stdin, output: silent, terminal: process.stdin.isTTY });
  return new Promise((resolve) => {
    lines.once("line", (line) => {
      lines.close();
      process.stdout.write("\n");
      resolve(line);
    });
    lines.once("close", () => resolve(""));
  });
}

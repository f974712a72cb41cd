// Domain folders under lib/ depend on each other in one direction: a folder that uses another's
// code must not be used back by it, directly or round a longer loop (ESLint's import/no-cycle sees
// files; this sees folders). A shared piece goes where both can reach it: roles to lib/permissions,
// the workspace gate to lib/access, the worker tasks' registry to lib/tasks. The loops still standing are listed; the list may only shrink.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const LIB = join(process.cwd(), "lib");

/**
 * A domain's published contract: what comes in (schema.ts, *-schema.ts), what goes out (dto.ts)
 * and its plain types (types.ts): zod schemas and types over plain data. Depending on another domain's contract is not
 * depending on the domain: events carry DTOs of the domains that emit them, say.
 */
const isContract = (module: string) => /(^|\/)(dto|schema|types)$|-schema$/.test(module);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** folder → the other lib/ folders its non-test files import (lib/*.ts files are shared ground). */
function folderGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const folder of readdirSync(LIB, { withFileTypes: true }).filter((e) => e.isDirectory())) {
    const targets = new Set<string>();
    for (const file of sourceFiles(join(LIB, folder.name))) {
      for (const [, target, module] of readFileSync(file, "utf8").matchAll(/from "@\/lib\/([\w-]+)\/([\w/-]+)"/g)) {
        if (target !== folder.name && !isContract(module!)) targets.add(target!);
      }
    }
    graph.set(folder.name, targets);
  }
  return graph;
}

/** Groups of folders that reach each other (strongly connected, Tarjan), each sorted. */
function tangles(graph: Map<string, Set<string>>): string[][] {
  let index = 0;
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const groups: string[][] = [];
  const visit = (folder: string) => {
    order.set(folder, index);
    low.set(folder, index++);
    stack.push(folder);
    for (const next of graph.get(folder) ?? []) {
      if (!graph.has(next)) continue;
      if (!order.has(next)) {
        visit(next);
        low.set(folder, Math.min(low.get(folder)!, low.get(next)!));
      } else if (stack.includes(next)) {
        low.set(folder, Math.min(low.get(folder)!, order.get(next)!));
      }
    }
    if (low.get(folder) === order.get(folder)) {
      const group: string[] = [];
      let member: string;
      do group.push((member = stack.pop()!));
      while (member !== folder);
      if (group.length > 1) groups.push(group.sort());
    }
  };
  for (const folder of [...graph.keys()].sort()) if (!order.has(folder)) visit(folder);
  return groups.sort();
}

describe("domain folders", () => {
  it("use each other's code in one direction: no folder is part of an import loop", () => {
    expect(tangles(folderGraph())).toEqual([]);
  });
});

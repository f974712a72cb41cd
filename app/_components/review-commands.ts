"use client";
// Keyboard commands reach the component that owns the state they change (the verdict form,
// the evidence section, the thread) without threading callbacks through every layer.
import { useEffect, useEffectEvent } from "react";
import type { EvidenceDto } from "@/lib/evidence/dto";
import type { VerdictValue } from "@/lib/verdicts/rules";

export interface ReviewCommands {
  verdict: VerdictValue;
  "add-evidence": null;
  comment: null;
  /** Evidence linked from outside the claim panel (a passage beside, a related passage). */
  "evidence-added": { claimId: string; evidence: EvidenceDto };
}

const EVENT = "factmark:command";

export function sendCommand<K extends keyof ReviewCommands>(name: K, detail: ReviewCommands[K]) {
  window.dispatchEvent(new CustomEvent(EVENT, { detail: { name, detail } }));
}

export function useCommand<K extends keyof ReviewCommands>(name: K, handler: (detail: ReviewCommands[K]) => void) {
  // The newest handler runs, with the state of the render that made it, without re-subscribing.
  const onCommand = useEffectEvent(handler);
  useEffect(() => {
    const listener = (event: Event) => {
      const { detail } = event as CustomEvent<{ name: string; detail: ReviewCommands[K] }>;
      if (detail.name === name) onCommand(detail.detail);
    };
    window.addEventListener(EVENT, listener);
    return () => window.removeEventListener(EVENT, listener);
  }, [name]);
}

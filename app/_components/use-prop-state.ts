"use client";
import { useState } from "react";

/**
 * Local state that starts as `value` and starts over whenever `value` changes: a form showing a
 * claim keeps the reviewer's edits until the claim itself changes. This is React's "adjusting
 * state when a prop changes", done during render rather than in an effect, so the stale value is
 * never painted.
 */
export function usePropState<T>(value: T) {
  const [state, setState] = useState(value);
  const [source, setSource] = useState(value);
  if (!Object.is(source, value)) {
    setSource(value);
    setState(value);
  }
  return [Object.is(source, value) ? state : value, setState] as const;
}

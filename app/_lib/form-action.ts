import "server-only";
// Every form's server action goes through here: parse → (viewer) → call lib → next state. A
// refusal becomes the form's error as the HTTP API would word it (lib/http/form-state.ts), with
// what the form should keep; redirect() and notFound() pass through to Next.js.
import { redirect, unstable_rethrow } from "next/navigation";
import { getViewer } from "@/lib/auth/viewer";
import type { Viewer } from "@/lib/auth/types";
import { toFormRefusal, type FieldLabels, type FormState } from "@/lib/http/form-state";

/** The shape useActionState calls. */
export type FormAction<State extends FormState> = (state: State, form: FormData) => Promise<State>;

// State comes from the caller's annotation (FormAction<LoginState>), not from what run returns.
interface FormActionSpec<State extends FormState, Input> {
  /** Reads the form into the lib's input, usually through a zod schema's parse (which may throw). */
  parse: (form: FormData) => Input;
  /** The form's labels by input name, so a refusal names the field as the person sees it. */
  labels?: FieldLabels;
  /** Given back with a refusal: React resets a form after its action, losing what was typed. */
  keep?: (form: FormData) => NoInfer<Omit<State, "error" | "field">>;
  /** Calls lib; ends by returning the next state or by redirecting. */
  run: (input: Input, form: FormData) => Promise<NoInfer<State>>;
}

export function formAction<State extends FormState, Input>(spec: FormActionSpec<State, Input>): FormAction<State> {
  return async (_state, form) => {
    try {
      return await spec.run(spec.parse(form), form);
    } catch (error) {
      // Next.js's own throws (redirect, notFound, dynamic rendering) are not refusals.
      unstable_rethrow(error);
      return { ...spec.keep?.(form), ...toFormRefusal(error, spec.labels) } as State;
    }
  };
}

/** The signed-in viewer; anyone else goes to sign in and then back to `returnTo`. */
export async function requireViewer(returnTo: string): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect(`/login?next=${encodeURIComponent(returnTo)}`);
  return viewer;
}

// The browser's way to the API: every mutation in the UI is a call to /api/v1, the same surface
// that integration tests and other tools use.

export interface ApiError {
  code: string;
  message: string;
  field?: string;
  fieldErrors?: Record<string, string[]>;
  /** With a 409: the record as it is now. */
  current?: unknown;
}

export type ApiResult<T> = { ok: true; data: T } | { ok: false; status: number; error: ApiError };

export async function callApi<T>(
  method: "GET" | "POST" | "PUT" | "DELETE",
  path: string,
  body?: unknown,
): Promise<ApiResult<T>> {
  let response: Response;
  try {
    response = await fetch(`/api/v1${path}`, {
      method,
      headers: body === undefined ? undefined : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    return {
      ok: false,
      status: 0,
      error: { code: "NETWORK", message: "Could not reach Factmark. Check your connection and try again." },
    };
  }
  if (response.status === 204) return { ok: true, data: undefined as T };
  const json = (await response.json().catch(() => null)) as { error?: ApiError } | null;
  if (response.ok) return { ok: true, data: json as T };
  return {
    ok: false,
    status: response.status,
    error: json?.error ?? { code: "HTTP_" + response.status, message: `The server answered ${response.status}` },
  };
}

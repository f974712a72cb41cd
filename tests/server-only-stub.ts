// Vitest runs lib/ outside React Server Components; `server-only` would throw there.
export {};

/**
 * One value per server process. Next bundles pages, route handlers and the proxy separately, and each
 * bundle gets its own copy of a module's top-level state: a plain `let db` would open the embedded
 * database once per bundle (two PGlite instances on one folder corrupt it) and give each route its
 * own rate-limit counts. A global keyed by a registered symbol is shared by every bundle.
 */
export function processSingleton<T>(name: string, create: () => T): T {
  const key = Symbol.for(`help-center.${name}`);
  const store = globalThis as unknown as Record<symbol, T>;
  if (!(key in store)) store[key] = create();
  return store[key];
}

/**
 * Turns activity providers (Nest singletons with injected dependencies) into the plain
 * name → function map a Temporal Worker registers. Method names are the activity type names.
 */
export function toActivityMap(providers: readonly object[]): Record<string, (...args: unknown[]) => Promise<unknown>> {
  const map: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
  for (const provider of providers) {
    const prototype = Object.getPrototypeOf(provider) as Record<string, unknown>;
    for (const name of Object.getOwnPropertyNames(prototype)) {
      const member = prototype[name];
      if (name === 'constructor' || typeof member !== 'function') continue;
      if (map[name]) throw new Error(`activity "${name}" is defined by two providers`);
      map[name] = (member as (...args: unknown[]) => Promise<unknown>).bind(provider);
    }
  }
  return map;
}

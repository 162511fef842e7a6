import { useCallback, useEffect, useRef, useState } from 'react';

export interface RequestState<T> {
  readonly data: T | undefined;
  readonly loading: boolean;
  readonly error: unknown;
  reload(): void;
}

/** Runs `load` now and whenever `deps` change; the page shows `loading` and `error` (every request has both). */
export function useRequest<T>(load: () => Promise<T>, deps: readonly unknown[]): RequestState<T> {
  const [state, setState] = useState<{ data?: T; loading: boolean; error: unknown }>({ loading: true, error: null });
  const [tick, setTick] = useState(0);
  const latest = useRef(0);
  useEffect(() => {
    const run = ++latest.current;
    setState((s) => ({ ...s, loading: true, error: null }));
    load().then(
      (data) => run === latest.current && setState({ data, loading: false, error: null }),
      (error: unknown) => run === latest.current && setState((s) => ({ ...s, loading: false, error })),
    );
  }, [...deps, tick]);
  const reload = useCallback(() => setTick((n) => n + 1), []);
  return { data: state.data, loading: state.loading, error: state.error, reload };
}

import { useRef, useState } from 'react';
import { RequestFailed } from '../api/client';
import { newIdempotencyKey } from '../api/idempotency-key';

export interface Command<A extends unknown[], T> {
  readonly running: boolean;
  readonly error: unknown;
  readonly result: T | undefined;
  run(...args: A): Promise<T | undefined>;
}

/**
 * One command of a page (a POST the user triggers): its loading state, its error and its answer.
 * The idempotency key is kept while the API has not answered, so a retry after a network failure
 * repeats the same command rather than sending a second one; any answer starts a fresh key.
 */
export function useCommand<A extends unknown[], T>(send: (key: string, ...args: A) => Promise<T>): Command<A, T> {
  const [state, setState] = useState<{ running: boolean; error: unknown; result?: T }>({
    running: false,
    error: null,
  });
  const key = useRef(newIdempotencyKey());
  const run = async (...args: A) => {
    setState((s) => ({ ...s, running: true, error: null }));
    try {
      const result = await send(key.current, ...args);
      key.current = newIdempotencyKey();
      setState({ running: false, error: null, result });
      return result;
    } catch (error) {
      // The API answered (a refusal): the corrected command is a new one. No answer: retry with the same key.
      if (error instanceof RequestFailed) key.current = newIdempotencyKey();
      setState((s) => ({ ...s, running: false, error }));
      return undefined;
    }
  };
  return { running: state.running, error: state.error, result: state.result, run };
}

import { requestSettings } from './client';

/**
 * Follows GET /inbox/stream (Server-Sent Events) with fetch rather than EventSource, so the request
 * carries the access token like every other one (the API streams the token's user's notices). Reconnects after a drop; returns a stop function.
 */
export function followInbox(handlers: { onNotice(): void; onConnected(connected: boolean): void }): () => void {
  let stopped = false;
  let controller = new AbortController();

  const connect = async () => {
    while (!stopped) {
      controller = new AbortController();
      try {
        const headers: Record<string, string> = { Accept: 'text/event-stream' };
        if (requestSettings.accessToken) headers.Authorization = `Bearer ${requestSettings.accessToken}`;
        const response = await fetch('/inbox/stream', {
          headers,
          signal: controller.signal,
        });
        if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}`);
        handlers.onConnected(true);
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        let buffer = '';
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          buffer += value;
          const events = buffer.split('\n\n');
          buffer = events.pop() ?? '';
          if (events.some((e) => /^event: notice$/m.test(e))) handlers.onNotice();
        }
      } catch {
        if (stopped) return;
      }
      handlers.onConnected(false);
      await new Promise((resolve) => setTimeout(resolve, 3_000));
    }
  };
  void connect();
  return () => {
    stopped = true;
    controller.abort();
  };
}

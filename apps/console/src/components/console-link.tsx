import type { MouseEvent, ReactNode } from 'react';
import { BASE, useRouter } from '../router';

/** Whether the browser should handle the click itself: a new tab or window (ctrl, ⌘, shift, middle). */
export const opensElsewhere = (event: MouseEvent) =>
  event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey;

/**
 * A real link to a console page: a plain click navigates inside the app, a middle-click or
 * ctrl/⌘-click opens it in a new tab as any link does.
 */
export function ConsoleLink({ to, children }: { to: string; children: ReactNode }) {
  const { navigate } = useRouter();
  return (
    <a
      href={`${BASE}${to}`}
      onClick={(event) => {
        event.stopPropagation();
        if (opensElsewhere(event)) return;
        event.preventDefault();
        navigate(to);
      }}
    >
      {children}
    </a>
  );
}

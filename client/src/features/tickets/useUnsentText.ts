import { useCallback, useEffect, useRef, useState, type SetStateAction } from 'react';

const PREFIX = 'tandem.unsent.v1';

export interface UnsentScope {
  userId: string;
  ticketId: string;
  editor: 'reply' | 'note';
}

/** Where one person's unsent text for one editor of one ticket is kept in this browser. */
export function unsentKey({ userId, ticketId, editor }: UnsentScope): string {
  return `${PREFIX}:${userId}:${ticketId}:${editor}`;
}

/** Signing out forgets what this person left unsent in this browser (a shared computer). */
export function forgetUnsentText(userId: string): void {
  try {
    const mine = `${PREFIX}:${userId}:`;
    for (const key of Object.keys(localStorage)) if (key.startsWith(mine)) localStorage.removeItem(key);
  } catch {
    // Storage unavailable: nothing was kept.
  }
}

/** Whether this editor holds text from an earlier visit (to open the right tab first). */
export function hasUnsentText(scope: UnsentScope): boolean {
  const stored = read<{ body?: unknown }>(unsentKey(scope));
  return typeof stored?.body === 'string' && stored.body.trim() !== '';
}

function read<T>(key: string): T | null {
  try {
    const raw = localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as T) : null;
  } catch {
    return null;
  }
}

/**
 * What someone wrote but has not sent yet, kept per person, ticket and editor in local storage:
 * leaving the ticket (or reloading) and coming back restores it. `isEmpty` says when there is
 * nothing worth keeping; `clear()` forgets it (after sending, or when the writer discards it).
 * When the browser refuses to store it (private mode, full storage), closing or reloading the tab
 * asks first, since the text would be lost.
 */
export function useUnsentText<T>(scope: UnsentScope, empty: T, isEmpty: (value: T) => boolean) {
  const key = unsentKey(scope);
  const emptyRef = useRef(empty);
  const [stored] = useState(() => read<T>(key));
  const [value, setValueState] = useState<T>(() => (stored ? { ...empty, ...stored } : empty));
  const [isRestored, setRestored] = useState(stored !== null && !isEmpty({ ...empty, ...stored }));
  const [isStored, setStored] = useState(true);
  const nothing = isEmpty(value);

  useEffect(() => {
    try {
      if (nothing) localStorage.removeItem(key);
      else localStorage.setItem(key, JSON.stringify(value));
      setStored(true);
    } catch {
      setStored(false);
    }
  }, [key, value, nothing]);

  useEffect(() => {
    if (isStored || nothing) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show the dialog only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [isStored, nothing]);

  const setValue = useCallback((next: SetStateAction<T>) => setValueState(next), []);
  const clear = useCallback(() => {
    // At once, not in an effect: a send that finishes after the editor closed must not leave the text behind.
    try {
      localStorage.removeItem(key);
    } catch {
      // Storage unavailable: nothing was kept.
    }
    setValueState(emptyRef.current);
    setRestored(false);
  }, [key]);
  return { value, setValue, clear, isRestored: isRestored && !nothing, isNotKept: !isStored && !nothing };
}

import { useEffect, useRef } from 'react';

/**
 * Single-key shortcuts (Gmail / Zendesk style) for the page, ignored while typing in a field,
 * when a modifier key is held, and for keys the focused control or an open menu owns.
 */
export function useShortcuts(handlers: Record<string, (event: KeyboardEvent) => void>): void {
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"], dialog')) return;
      // Enter and Escape belong to the focused button or link, and to open menus.
      if ((event.key === 'Enter' || event.key === ' ') && target?.closest('a, button, summary, [role="tab"], [role="option"], [tabindex]'))
        return;
      if (event.key === 'Escape' && document.querySelector('[aria-expanded="true"]')) return;
      const handler = latest.current[event.key];
      if (!handler) return;
      event.preventDefault();
      handler(event);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}

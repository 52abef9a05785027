import { createParameterDecorator } from 'type-graphql';
import type { ViewerContext } from './viewer.js';
import { DomainError } from './domain-error.js';

/**
 * The signed-in person, as a resolver parameter: `@CurrentViewer() viewer: Viewer`. The auth
 * checker already refused anonymous callers of operations that use it; this says so again rather
 * than trusting a `!`.
 */
export function CurrentViewer() {
  return createParameterDecorator<ViewerContext>(({ context }) => {
    if (!context.viewer) throw new DomainError('UNAUTHENTICATED', 'Sign in to continue.');
    return context.viewer;
  });
}

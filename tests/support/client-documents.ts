import { type DocumentNode, print, visit } from 'graphql';

/** A client document as Apollo Client sends it: without its client-only directives (@unmask). */
export function asSent(document: DocumentNode): string {
  return print(visit(document, { Directive: (node) => (node.name.value === 'unmask' ? null : undefined) }));
}

import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { Kind, Lexer, parse, print, Source, TokenKind, visit, type DefinitionNode, type FragmentDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_LIMITS } from '../../server/src/common/document-limits.js';
import { REPO_ROOT } from '../../server/src/config.js';

function tokenCount(text: string): number {
  const lexer = new Lexer(new Source(text));
  let count = 0;
  while (lexer.advance().kind !== TokenKind.EOF) count++;
  return count;
}

/** Each operation of the client as it is sent: the operation and the fragments it spreads. */
async function clientDocuments(): Promise<{ name: string; text: string; fragments: number }[]> {
  const root = path.join(REPO_ROOT, 'client', 'src');
  const files = (await readdir(root, { recursive: true })).filter((f) => f.endsWith('.graphql'));
  const definitions: DefinitionNode[] = [];
  for (const file of files) definitions.push(...parse(await readFile(path.join(root, file), 'utf8')).definitions);
  const fragments = new Map(
    definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  return definitions.flatMap((operation) => {
    if (operation.kind !== Kind.OPERATION_DEFINITION) return [];
    const needed = new Set<string>();
    const queue: DefinitionNode[] = [operation];
    while (queue.length) {
      visit(queue.pop()!, {
        FragmentSpread(node) {
          if (needed.has(node.name.value)) return;
          needed.add(node.name.value);
          queue.push(fragments.get(node.name.value)!);
        },
      });
    }
    // Apollo Client adds __typename to every selection set: counted as sent.
    const sent = [operation, ...[...needed].map((n) => fragments.get(n)!)].map((d) => print(d).replaceAll('{', '{ __typename')).join('\n');
    return [{ name: operation.name!.value, text: sent, fragments: needed.size }];
  });
}

describe('the document limits leave the client room to grow', () => {
  it('[agent] every request the client sends is well under half of each limit', async () => {
    const documents = await clientDocuments();
    expect(documents.length).toBeGreaterThan(20);
    for (const { name, text, fragments } of documents) {
      expect(text.length, `${name}: characters`).toBeLessThan(DOCUMENT_LIMITS.characters / 2);
      expect(tokenCount(text), `${name}: tokens`).toBeLessThan(DOCUMENT_LIMITS.tokens / 2);
      expect(fragments, `${name}: fragments`).toBeLessThan(DOCUMENT_LIMITS.fragments / 2);
    }
  });
});

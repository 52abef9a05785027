import type { FragmentType } from '@apollo/client';
import { useQuery, useSubscription } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { TrainingPageChangedSubscriptionDocument, TrainingPageQueryDocument, type TrainingChainRow_NodeFragment } from '../../gql/graphql';
import { errorMessage } from '../../lib/errors';
import { TrainingChainRow } from './TrainingChainRow';
import './training.css';

interface Branch {
  id: string;
  node: FragmentType<TrainingChainRow_NodeFragment>;
  children: Branch[];
}

/** The chain's nodes come in display order with their depth: each under the last one a level up. */
function toTree(nodes: readonly { id: string; depth: number }[]): Branch[] {
  const roots: Branch[] = [];
  const path: Branch[] = [];
  for (const node of nodes) {
    const branch: Branch = { id: node.id, node: node as FragmentType<TrainingChainRow_NodeFragment>, children: [] };
    path.length = Math.min(path.length, node.depth);
    (path.at(-1)?.children ?? roots).push(branch);
    path.push(branch);
  }
  return roots;
}

function Branches({ branches, level }: { branches: Branch[]; level: number }) {
  return (
    <ul className={level === 0 ? 'training-tree' : 'training-subtree'} aria-label={level === 0 ? 'Training chain' : undefined}>
      {branches.map((b) => (
        <li key={b.id}>
          <TrainingChainRow node={b.node} />
          {b.children.length > 0 && <Branches branches={b.children} level={level + 1} />}
        </li>
      ))}
    </ul>
  );
}

/** T4: the training chain: who trained whom, with dates, each person's depth and current trainees; live. */
export function TrainingPage() {
  const { data, error, loading, refetch } = useQuery(TrainingPageQueryDocument, { fetchPolicy: 'cache-and-network' });
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useSubscription(TrainingPageChangedSubscriptionDocument, {
    onData: () => {
      timer.current ??= setTimeout(() => {
        timer.current = null;
        void refetch().catch(() => undefined);
      }, 300);
    },
  });
  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);
  const nodes = data?.trainingChain.nodes ?? [];

  return (
    <section aria-labelledby="page-title" className="stack training-page">
      <div>
        <h1 id="page-title">Training</h1>
        <p className="muted">
          Who trained whom (T4): a trainer graduates their trainee, who then replies to customers directly and may train the next one.
        </p>
      </div>
      {error && (
        <p role="alert" className="error">
          {errorMessage(error)}
        </p>
      )}
      {loading && !data && <p className="page-loading">Loading the training chain…</p>}
      {data && nodes.length === 0 && (
        <p className="empty-state">Nobody has been trained yet. An admin sets a trainer for a new agent in the admin user editor.</p>
      )}
      {nodes.length > 0 && <Branches branches={toTree(nodes)} level={0} />}
    </section>
  );
}

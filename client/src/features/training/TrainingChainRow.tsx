import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { Link } from 'react-router';
import { TrainingChainRow_NodeFragmentDoc, type TrainingChainRow_NodeFragment } from '../../gql/graphql';
import { formatDay } from './format';

/** One person of the chain: "Peyton trained Lena, graduated 3 Mar 2026", their depth, whom they train now (TrainingChainRow.graphql). */
export function TrainingChainRow({ node: from }: { node: FragmentType<TrainingChainRow_NodeFragment> }) {
  const { data: node, complete } = useFragment({ fragment: TrainingChainRow_NodeFragmentDoc, from });
  if (!complete) return null;
  const name = node.person.name;
  const trainer = node.trainer?.name ?? 'Someone';
  return (
    <div className="training-row">
      <div className="training-line">
        {node.status === null && (
          <span>
            <strong>{name}</strong> <span className="muted small">starts this chain</span>
          </span>
        )}
        {node.status === 'GRADUATED' && node.graduatedAt && (
          <span>
            {trainer} trained <strong>{name}</strong>, graduated {formatDay(node.graduatedAt)}
          </span>
        )}
        {node.status === 'IN_TRAINING' && node.startedAt && (
          <span>
            {trainer} trains <strong>{name}</strong>, in training since {formatDay(node.startedAt)}
          </span>
        )}
        {node.status === 'ENDED' && node.endedAt && (
          <span>
            {trainer} trained <strong>{name}</strong> until {formatDay(node.endedAt)}
          </span>
        )}
        <span className="badge muted-badge" title="How many links from the start of the chain">
          Depth {node.depth}
        </span>
        {node.status === 'IN_TRAINING' && <span className="badge">Trainee</span>}
        {node.viewerCanGraduate.allowed && (
          <Link className="training-graduate" to={`/training/${node.id}/graduate`} aria-label={`Graduate ${name}`}>
            Graduate
          </Link>
        )}
      </div>
      {node.status === 'GRADUATED' && node.startedAt && <div className="muted small">In training from {formatDay(node.startedAt)}</div>}
      {node.currentTrainees.length > 0 && <div className="small">Trains now: {node.currentTrainees.map((p) => p.name).join(', ')}</div>}
    </div>
  );
}

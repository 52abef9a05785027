import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { bugBadge, describeTriggers, ticketStatusLabel, ticketTypeLabel, timeLeftMs } from '@tandem/shared';
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { InboxRow_TicketFragmentDoc, type InboxRow_TicketFragment } from '../../gql/graphql';
import { formatTimeLeft } from '../../lib/format';
import { useViewer } from '../../lib/viewer';

interface RowProps {
  ticket: FragmentType<InboxRow_TicketFragment>;
  now: Date;
  isSelected: boolean;
  onClaim: () => void;
  claiming: boolean;
}

/** One row of the queue; what it shows is its fragment `InboxRow_ticket` (TicketRow.graphql). */
export function TicketRow({ ticket: from, now, isSelected, onClaim, claiming }: RowProps) {
  const viewer = useViewer();
  const { data: ticket, complete } = useFragment({ fragment: InboxRow_TicketFragmentDoc, from });
  const ref = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (isSelected) ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, [isSelected]);
  if (!complete) return null;
  const left = timeLeftMs({ responseDueAt: ticket.responseDueAt ? new Date(ticket.responseDueAt) : null }, now);
  const timeLeft = formatTimeLeft(left);
  const claim = ticket.viewerCan.claim;
  const others = ticket.viewers.filter((v) => v.id !== viewer.id);
  return (
    <li ref={ref} className={isSelected ? 'ticket-row selected' : 'ticket-row'} aria-current={isSelected ? 'true' : undefined}>
      <div className="ticket-main">
        <Link to={`/tickets/${ticket.id}`} className="ticket-subject">
          <span className="muted">#{ticket.number}</span> {ticket.subject}
        </Link>
        <div className="ticket-meta small">
          <span>
            {ticket.customer.name}
            {ticket.customer.company && <span className="muted"> · {ticket.customer.company}</span>}
          </span>
          {ticket.customer.plan === 'PREMIUM' ? (
            <span className="badge plan-premium">Premium</span>
          ) : (
            ticket.customer.isHighValue && <span className="badge plan-premium">High value</span>
          )}
          <span className={ticket.type ? 'badge' : 'badge todo-badge'}>{ticket.type ? ticketTypeLabel[ticket.type] : 'Type not set'}</span>
          {ticket.status !== 'OPEN' && <span className="badge muted-badge">{ticketStatusLabel[ticket.status]}</span>}
          {ticket.bug && (
            <span className="badge bug-badge" title="Linked to this bug (C3)">
              {bugBadge(ticket.bug)}
            </span>
          )}
          {ticket.isFrustrated && <span className="badge frustrated-badge">Frustrated</span>}
          {!ticket.isFrustrated && ticket.frustrationHint && (
            <span className="badge suggested-badge">Looks frustrated: {describeTriggers(ticket.frustrationHint.triggers)}</span>
          )}
          {ticket.isManagerAssigned && ticket.assignee?.id === viewer.id && (
            <span className="badge assigned-badge">Assigned to you by a manager</span>
          )}
          {ticket.status === 'PENDING' && ticket.followUpDueAt && new Date(ticket.followUpDueAt) <= now && (
            <span className="badge todo-badge">Follow-up due</span>
          )}
          {ticket.pendingDraftCount > 0 && (
            <span className="badge">
              {ticket.pendingDraftCount} draft{ticket.pendingDraftCount > 1 ? 's' : ''} to review
            </span>
          )}
          {others.length > 0 && <span className="viewing">{others.map((v) => v.name).join(', ')} viewing</span>}
        </div>
      </div>
      <div className="ticket-side">
        {timeLeft ? (
          <span className={left !== null && left < 0 ? 'time-left overdue' : 'time-left'}>{timeLeft}</span>
        ) : (
          ticket.status !== 'CLOSED' && <span className="muted small">Waiting on customer</span>
        )}
        {/* A search shows closed tickets too: nothing to claim there (the status badge says why). */}
        {ticket.assignee ? (
          <span className="small">{ticket.assignee.id === viewer.id ? 'You' : ticket.assignee.name}</span>
        ) : (
          ticket.status !== 'CLOSED' && (
            <>
              <button type="button" disabled={!claim.allowed || claiming} onClick={onClaim} aria-label={`Claim #${ticket.number}`}>
                Claim
              </button>
              {!claim.allowed && claim.reason && <span className="muted small reason">{claim.reason}</span>}
            </>
          )
        )}
      </div>
    </li>
  );
}

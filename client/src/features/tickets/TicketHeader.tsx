import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { describeTimer, describeTriggers, nextTimer, ticketStatusLabel, timeLeftMs } from '@tandem/shared';
import { TicketHeader_TicketFragmentDoc, type TicketHeader_TicketFragment } from '../../gql/graphql';
import { formatTimeLeft } from '../../lib/format';
import { useNow } from '../../lib/useNow';
import { useViewer } from '../../lib/viewer';
import { BugLink } from './escalation/BugLink';
import { TicketFeatureAsks } from './feature-request/TicketFeatureAsks';
import { TicketActions } from './TicketActions';

/** The ticket's title, facts and timers, with its actions; its data is `TicketHeader_ticket`. */
export function TicketHeader({ ticket: from }: { ticket: FragmentType<TicketHeader_TicketFragment> }) {
  const viewer = useViewer();
  const now = useNow();
  const { data: ticket, complete } = useFragment({ fragment: TicketHeader_TicketFragmentDoc, fragmentName: 'TicketHeader_ticket', from });
  if (!complete) return null;
  const left = timeLeftMs({ responseDueAt: ticket.responseDueAt ? new Date(ticket.responseDueAt) : null }, now);
  const others = ticket.viewers.filter((v) => v.id !== viewer.id);
  return (
    <header className="ticket-header stack">
      <div className="row spread wrap">
        <h1 id="page-title">
          <span className="muted">#{ticket.number}</span> {ticket.subject}
        </h1>
        <TicketActions ticket={ticket} />
      </div>
      <div className="row wrap small ticket-facts">
        <span className="badge muted-badge">{ticketStatusLabel[ticket.status]}</span>
        <BugLink ticket={ticket} />
        <TicketFeatureAsks ticket={ticket} />
        {ticket.isFrustrated && <span className="badge frustrated-badge">Frustrated customer</span>}
        {!ticket.isFrustrated && ticket.frustrationHint && (
          <span className="badge suggested-badge">Looks frustrated: {describeTriggers(ticket.frustrationHint.triggers)}</span>
        )}
        {ticket.isManagerAssigned && ticket.assignee && (
          <span className="badge assigned-badge">Assigned by {ticket.assignedBy?.name ?? 'a manager'}</span>
        )}
        <span>
          {ticket.assignee ? (
            <>
              Handled by <strong>{ticket.assignee.id === viewer.id ? 'you' : ticket.assignee.name}</strong>
            </>
          ) : (
            'Nobody has claimed it yet'
          )}
        </span>
        {left !== null && (
          <span className={left < 0 ? 'time-left overdue' : 'time-left'} title="Until the first-response goal of the customer's plan (R5)">
            {formatTimeLeft(left)}
          </span>
        )}
        {ticket.isGoalMissed && <span className="badge frustrated-badge">Response goal missed</span>}
        <NextTimer ticket={ticket} now={now} />
        {others.length > 0 && (
          <span className="viewing" role="status">
            {others.map((v) => v.name).join(', ')} {others.length === 1 ? 'is' : 'are'} viewing
          </span>
        )}
      </div>
    </header>
  );
}

/**
 * The next thing the timers will do (F1, W10, R5), from the times the server computed with the
 * shared rules: "follow-up due in 23 h", "closes in 4 d", "first-response goal in 1 h 20 min".
 */
function NextTimer({ ticket, now }: { ticket: TicketHeader_TicketFragment; now: Date }) {
  const date = (iso: string | null) => (iso ? new Date(iso) : null);
  const plan = {
    followUpDueAt: date(ticket.followUpDueAt),
    autoCloseAt: date(ticket.autoCloseAt),
    goalWarningAt: null,
    goalMissedAt: ticket.firstResponseAt || ticket.status === 'CLOSED' ? null : date(ticket.firstResponseDueAt),
  };
  const followUpDue = ticket.status === 'PENDING' && plan.followUpDueAt !== null && plan.followUpDueAt <= now;
  const next = nextTimer(plan, now);
  // The goal countdown already shows as "time left"; the others are new information.
  const shown = next && next.kind !== 'GOAL_MISSED' ? describeTimer(next.kind, next.at, now) : null;
  // F1/F4 count from the sending: a reply the customer has not received starts neither.
  const waitsForMail = ticket.followUpWaitsForMail;
  if (!followUpDue && !shown && !waitsForMail) return null;
  return (
    <span className="next-timer" title="Follow-ups and closing follow the team's settings (F1-F4)">
      {followUpDue && <span className="badge todo-badge">Follow-up due</span>}
      {shown && <span>{shown[0]!.toUpperCase() + shown.slice(1)}</span>}
      {waitsForMail && <span>Follow-up starts once the reply’s mail is sent</span>}
    </span>
  );
}

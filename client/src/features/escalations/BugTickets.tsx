import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { ticketStatusLabel } from '@tandem/shared';
import { Link } from 'react-router';
import { BugTickets_BugFragmentDoc, type BugTickets_BugFragment } from '../../gql/graphql';
import { formatDateTime } from '../../lib/format';

/** The tickets that hit the bug, newest link first (BugTickets.graphql). */
export function BugTickets({ bug: from }: { bug: FragmentType<BugTickets_BugFragment> }) {
  const { data: bug, complete } = useFragment({ fragment: BugTickets_BugFragmentDoc, from });
  if (!complete) return null;
  const links = bug.tickets.edges.map((e) => e.node);
  return (
    <section className="stack" aria-labelledby="bug-tickets-title">
      <h2 id="bug-tickets-title">Linked tickets ({bug.ticketCount.toLocaleString()})</h2>
      {links.length === 0 ? (
        <div className="empty-state">
          <p>No ticket is linked to this bug any more.</p>
        </div>
      ) : (
        <div className="bug-table-wrap">
          <table className="table bug-table" aria-label="Linked tickets">
            <thead>
              <tr>
                <th scope="col">Ticket</th>
                <th scope="col">Customer</th>
                <th scope="col">Plan</th>
                <th scope="col" className="num">
                  Users affected
                </th>
                <th scope="col">Linked by</th>
                <th scope="col">Told of the fix</th>
              </tr>
            </thead>
            <tbody>
              {links.map((link) => (
                <tr key={link.ticket.id}>
                  <td>
                    <Link to={`/tickets/${link.ticket.id}`}>
                      <span className="muted">#{link.ticket.number}</span> {link.ticket.subject}
                    </Link>
                    {link.ticket.status !== 'OPEN' && <span className="badge muted-badge">{ticketStatusLabel[link.ticket.status]}</span>}
                  </td>
                  <td>
                    {link.ticket.customer.name}
                    {link.ticket.customer.company && <div className="muted small">{link.ticket.customer.company}</div>}
                  </td>
                  <td>
                    {link.ticket.customer.plan === 'PREMIUM' ? (
                      <span className="badge plan-premium">Premium</span>
                    ) : (
                      <span className="badge muted-badge">Free</span>
                    )}
                  </td>
                  <td className="num">{link.usersAffected.toLocaleString()}</td>
                  <td className="small">
                    {link.linkedBy?.name ?? 'Someone'}
                    <div className="muted">{formatDateTime(link.linkedAt)}</div>
                  </td>
                  <td className="small">
                    {link.fixAnnouncedAt ? formatDateTime(link.fixAnnouncedAt) : <span className="muted">Not yet</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {bug.tickets.pageInfo.hasNextPage && <p className="muted small">Showing the {links.length} most recently linked.</p>}
    </section>
  );
}

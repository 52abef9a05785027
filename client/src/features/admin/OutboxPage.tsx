import type { FragmentType } from '@apollo/client';
import { useFragment, useMutation, useQuery } from '@apollo/client/react';
import { mailStatusLabel, outboxKindLabel, type OutboxKind } from '@tandem/shared';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import {
  OutboxMailQueryDocument,
  OutboxPageQueryDocument,
  OutboxRowRetryMutationDocument,
  OutboxRow_MailFragmentDoc,
  type MailStatus,
  type OutboxRow_MailFragment,
} from '../../gql/graphql';
import { errorMessage } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';
import { DeliveryStatus } from '../mail/DeliveryStatus';
import { AdminTabs } from './AdminTabs';

const PAGE_SIZE = 25;
const BANNER_ID = 'outbox-no-smtp';

interface StatusFilter {
  /** In the address (?status=failed), so a link can open the filtered list. */
  key: string;
  status: MailStatus | null;
  label: string;
  empty: string;
}

const FILTERS: readonly StatusFilter[] = [
  {
    key: 'all',
    status: null,
    label: 'All',
    empty: 'No mail to customers yet. Replies, follow-ups and closing notes appear here as they go out.',
  },
  { key: 'waiting', status: 'PENDING', label: mailStatusLabel.PENDING, empty: 'Nothing is waiting: every mail has gone out or failed.' },
  { key: 'sent', status: 'SENT', label: mailStatusLabel.SENT, empty: 'No mail has been sent yet.' },
  {
    key: 'failed',
    status: 'FAILED',
    label: mailStatusLabel.FAILED,
    empty: 'No failed mail. Mail shows as failed after several refused attempts.',
  },
  { key: 'no-smtp', status: 'NO_SMTP', label: mailStatusLabel.NO_SMTP, empty: 'No mail is held back for want of an SMTP server.' },
];

/** Admin: every mail to customers, newest first, with its SMTP answer; unsent mail can be retried. */
export function OutboxPage() {
  const [params, setParams] = useSearchParams();
  const filter = FILTERS.find((f) => f.key === params.get('status')) ?? FILTERS[0]!;
  const { data, loading, error, fetchMore, refetch } = useQuery(OutboxPageQueryDocument, {
    variables: { first: PAGE_SIZE, status: filter.status },
    notifyOnNetworkStatusChange: true,
  });
  const outbox = data?.outbox;
  const mails = outbox?.edges.map((e) => e.node) ?? [];
  const smtpConfigured = outbox?.smtpConfigured ?? true;

  return (
    <section aria-labelledby="page-title" className="stack outbox">
      <AdminTabs />
      <div className="row spread">
        <h1 id="page-title">Outbox</h1>
        <button type="button" disabled={loading} onClick={() => void refetch().catch(() => undefined)}>
          Refresh
        </button>
      </div>
      {outbox && !smtpConfigured && (
        <p id={BANNER_ID} role="note" className="banner-warn">
          No SMTP server is configured (SMTP_URL). Replies wait here and go out once one is configured; see the README's Mail section.
        </p>
      )}
      <div className="row wrap filters">
        <label>
          Status
          <select
            value={filter.key}
            onChange={(e) => setParams(e.target.value === 'all' ? {} : { status: e.target.value }, { replace: true })}
          >
            {FILTERS.map((f) => (
              <option key={f.key} value={f.key}>
                {f.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      {error && (
        <p role="alert" className="error">
          {errorMessage(error)}
        </p>
      )}
      {!loading && outbox && mails.length === 0 && (
        <div className="empty-state">
          <p>{filter.empty}</p>
        </div>
      )}
      {mails.length > 0 && (
        <table className="table outbox-table">
          <thead>
            <tr>
              <th scope="col">Created</th>
              <th scope="col">Ticket</th>
              <th scope="col">To</th>
              <th scope="col">Subject</th>
              <th scope="col">Status</th>
              <th scope="col">Attempts</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {mails.map((mail) => (
              <OutboxRow key={mail.id} mail={mail} smtpConfigured={smtpConfigured} />
            ))}
          </tbody>
        </table>
      )}
      {outbox?.pageInfo.hasNextPage && (
        <div>
          <button
            type="button"
            disabled={loading}
            onClick={() => fetchMore({ variables: { after: outbox.pageInfo.endCursor } }).catch(() => undefined)}
          >
            {loading ? 'Loading…' : 'Load more'}
          </button>
        </div>
      )}
    </section>
  );
}

/** One mail of the outbox; its data is `OutboxRow_mail`. */
function OutboxRow({ mail: from, smtpConfigured }: { mail: FragmentType<OutboxRow_MailFragment>; smtpConfigured: boolean }) {
  const { data: mail, complete } = useFragment({ fragment: OutboxRow_MailFragmentDoc, fragmentName: 'OutboxRow_mail', from });
  return complete ? <OutboxRowCells mail={mail} smtpConfigured={smtpConfigured} /> : null;
}

function OutboxRowCells({ mail, smtpConfigured }: { mail: OutboxRow_MailFragment; smtpConfigured: boolean }) {
  const [retry, { loading, error }] = useMutation(OutboxRowRetryMutationDocument);
  const [queued, setQueued] = useState(false);
  const [showing, setShowing] = useState(false);
  const isSent = mail.delivery.status === 'SENT';
  const label = `Mail to ${mail.to} on #${mail.ticketNumber}`;
  return (
    <>
      <tr aria-label={label}>
        <td>
          <time dateTime={mail.createdAt}>{formatDateTime(mail.createdAt)}</time>
        </td>
        <td>
          <Link to={`/tickets/${mail.ticketId}`}>#{mail.ticketNumber}</Link>
        </td>
        <td className="outbox-to">{mail.to}</td>
        <td>
          {mail.subject}
          <div className="muted small">{outboxKindLabel[mail.kind as OutboxKind] ?? mail.kind}</div>
        </td>
        <td className="small">
          <DeliveryStatus delivery={mail.delivery} />
          {queued && !isSent && (
            <p role="status" className="muted small">
              Queued to go out now. Refresh to see the SMTP server's answer.
            </p>
          )}
          {error && (
            <p role="alert" className="error small">
              {errorMessage(error)}
            </p>
          )}
        </td>
        <td>{mail.delivery.attempts}</td>
        <td className="actions">
          <button type="button" aria-expanded={showing} onClick={() => setShowing(!showing)}>
            {showing ? 'Hide mail' : 'Show mail'}
          </button>
          {!isSent && (
            <button
              type="button"
              disabled={!smtpConfigured || loading}
              title={smtpConfigured ? 'Send it now instead of at the next try' : 'No SMTP server is configured: nothing can be sent yet.'}
              aria-describedby={smtpConfigured ? undefined : BANNER_ID}
              onClick={() =>
                void retry({ variables: { id: mail.id } }).then(
                  () => setQueued(true),
                  () => undefined,
                )
              }
            >
              Retry now
            </button>
          )}
        </td>
      </tr>
      {showing && (
        <tr className="outbox-mail-row">
          <td colSpan={7}>
            <MailSource id={mail.id} label={label} />
          </td>
        </tr>
      )}
    </>
  );
}

/** The whole mail as it goes out: its headers, then its text (with the private link it carries). */
function MailSource({ id, label }: { id: string; label: string }) {
  const { data, loading, error } = useQuery(OutboxMailQueryDocument, { variables: { id } });
  const mail = data?.outboxMail;
  return (
    <section className="mail-source stack" aria-label={`${label}: headers and text`}>
      {loading && !mail && <p className="muted small">Loading the mail…</p>}
      {error && (
        <p role="alert" className="error small">
          {errorMessage(error)}
        </p>
      )}
      {mail && (
        <>
          <dl className="mail-headers" aria-label="Headers">
            {mail.headers.map((h) => (
              <div key={h.name} className="row">
                <dt>{h.name}:</dt>
                <dd>{h.value}</dd>
              </div>
            ))}
          </dl>
          <pre className="mail-text" aria-label="Text">
            {mail.text}
          </pre>
        </>
      )}
    </section>
  );
}

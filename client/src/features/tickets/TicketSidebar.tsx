import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import {
  checkEscalate,
  checkLinkAsk,
  checklistState,
  describeTriggers,
  TicketGroup,
  TicketType,
  ticketGroupLabel,
  ticketTypeLabel,
} from '@tandem/shared';
import { useState } from 'react';
import { TicketSidebar_TicketFragmentDoc, type TicketSidebar_TicketFragment } from '../../gql/graphql';
import { errorMessage } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';
import { toPerson } from '../../lib/person';
import { useViewer } from '../../lib/viewer';
import { EscalateButton } from './escalation/EscalateButton';
import { LinkFeatureRequestButton } from './feature-request/LinkFeatureRequestButton';
import { useCreateCustomerLink } from './hooks/useCreateCustomerLink';
import { useDismissFrustration } from './hooks/useDismissFrustration';
import { useFlagFrustrated } from './hooks/useFlagFrustrated';
import { useRevokeTicketLinks } from './hooks/useRevokeTicketLinks';
import { useSetTicketComplex } from './hooks/useSetTicketComplex';
import { useSetTicketGroup } from './hooks/useSetTicketGroup';
import { useSetTicketType } from './hooks/useSetTicketType';

const STEP_MARK: Record<string, string> = { DONE: '✓', TODO: '○', BLOCKED: '⊘', NOT_AVAILABLE: '–' };

/** The checklist, triage and customer card; its data is `TicketSidebar_ticket`. */
export function TicketSidebar({ ticket: from, replyBody }: { ticket: FragmentType<TicketSidebar_TicketFragment>; replyBody: string }) {
  const { data: ticket, complete } = useFragment({ fragment: TicketSidebar_TicketFragmentDoc, from });
  if (!complete) return null;
  return (
    <aside className="ticket-sidebar stack" aria-label="Ticket details">
      <Checklist ticket={ticket} replyBody={replyBody} />
      <Triage ticket={ticket} />
      <CustomerCard ticket={ticket} />
    </aside>
  );
}

/**
 * C1-C4 and W7 as the server sees them, with why a step is open or blocked; while a reply is being
 * written, the same shared rule re-checks it live so W7 ticks as soon as the reply ends with a question.
 */
function Checklist({ ticket, replyBody }: { ticket: TicketSidebar_TicketFragment; replyBody: string }) {
  const viewer = useViewer();
  const bugId = ticket.bug?.id ?? null;
  // C3: a ticket without a bug can be escalated from its step, by the people the shared rule allows.
  const canEscalate = checkEscalate(toPerson(viewer), { status: ticket.status, bugId }).ok;
  // C4/FR1: an unlinked feature request is linked from its step, by anyone on the rota (trainees too).
  const offersLink = ticket.type === 'FEATURE_REQUEST' && ticket.askCount === 0 && checkLinkAsk(toPerson(viewer), null).ok;
  const steps = replyBody.trim()
    ? checklistState(
        {
          status: ticket.status,
          group: ticket.group,
          type: ticket.type,
          assigneeId: ticket.assignee?.id ?? null,
          isManagerAssigned: ticket.isManagerAssigned,
          isFrustrated: ticket.isFrustrated,
          firstResponseDueAt: new Date(ticket.firstResponseDueAt),
          firstResponseAt: ticket.firstResponseAt ? new Date(ticket.firstResponseAt) : null,
          responseDueAt: ticket.responseDueAt ? new Date(ticket.responseDueAt) : null,
          bugId,
          askCount: ticket.askCount,
        },
        replyBody,
      )
    : ticket.checklist;
  return (
    <section className="card" aria-labelledby="checklist-title">
      <h2 id="checklist-title">Checklist</h2>
      <ol className="checklist">
        {steps.map((step) => (
          <li
            key={step.id}
            className={`step step-${step.status.toLowerCase()}`}
            aria-label={`${step.id} ${step.label}: ${step.status.toLowerCase().replace('_', ' ')}`}
          >
            <span aria-hidden="true" className="step-mark">
              {STEP_MARK[step.status] ?? '○'}
            </span>
            <div>
              <strong>
                {step.id} {step.label}
              </strong>
              {step.reason && <div className="muted small">{step.reason}</div>}
              {step.id === 'C3' && canEscalate && <EscalateButton ticketId={ticket.id} />}
              {step.id === 'C4' && offersLink && <LinkFeatureRequestButton ticketId={ticket.id} className="link-feature-button" />}
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}

function Triage({ ticket }: { ticket: TicketSidebar_TicketFragment }) {
  const [setType, typing] = useSetTicketType();
  const [setGroup, grouping] = useSetTicketGroup();
  const [setComplex, complexing] = useSetTicketComplex();
  const [flag, flagging] = useFlagFrustrated();
  const [dismiss, dismissing] = useDismissFrustration();
  const triage = ticket.viewerCan.triage;
  const busy = typing.loading || grouping.loading || complexing.loading || flagging.loading || dismissing.loading;
  const error = typing.error ?? grouping.error ?? complexing.error ?? flagging.error ?? dismissing.error;
  const disabled = !triage.allowed || busy;
  const id = ticket.id;

  return (
    <section className="card stack" aria-labelledby="triage-title">
      <h2 id="triage-title">Type and group</h2>
      <label>
        Type (C1)
        <select
          value={ticket.type ?? ''}
          disabled={disabled}
          onChange={(e) => void setType({ variables: { id, type: (e.target.value || null) as TicketType | null } }).catch(() => undefined)}
        >
          <option value="">Not determined yet</option>
          {Object.values(TicketType).map((type) => (
            <option key={type} value={type}>
              {ticketTypeLabel[type]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Group (C4)
        <select
          value={ticket.group}
          disabled={disabled}
          onChange={(e) => void setGroup({ variables: { id, group: e.target.value as TicketGroup } }).catch(() => undefined)}
        >
          {Object.values(TicketGroup).map((group) => (
            <option key={group} value={group}>
              {ticketGroupLabel[group]}
            </option>
          ))}
        </select>
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={ticket.isComplex}
          disabled={disabled}
          onChange={(e) => void setComplex({ variables: { id, isComplex: e.target.checked } }).catch(() => undefined)}
        />
        Complex: needs more than one answer
      </label>
      <div className="frustration stack">
        {ticket.frustrationHint && !ticket.isFrustrated && (
          <p className="hint small" role="note">
            The customer sounds frustrated: {describeTriggers(ticket.frustrationHint.triggers)}. Flag it so a manager can step in (W8), or
            dismiss it if they are not.
          </p>
        )}
        <div className="row wrap">
          <button
            type="button"
            className={ticket.isFrustrated ? undefined : 'danger'}
            disabled={disabled}
            onClick={() => void flag({ variables: { id, frustrated: !ticket.isFrustrated } }).catch(() => undefined)}
          >
            {ticket.isFrustrated ? 'Clear the frustrated flag' : 'Flag frustrated customer'}
          </button>
          {ticket.frustrationHint && !ticket.isFrustrated && (
            <button type="button" disabled={disabled} onClick={() => void dismiss({ variables: { id } }).catch(() => undefined)}>
              Dismiss: not frustrated
            </button>
          )}
        </div>
        {ticket.isFrustrated && <p className="muted small">The support managers have been alerted.</p>}
      </div>
      {!triage.allowed && triage.reason && <p className="muted small">{triage.reason}</p>}
      {error && (
        <p role="alert" className="error small">
          {errorMessage(error)}
        </p>
      )}
    </section>
  );
}

function CustomerCard({ ticket }: { ticket: TicketSidebar_TicketFragment }) {
  const customer = ticket.customer;
  const revenue = (customer.monthlyRevenueCents / 100).toLocaleString(undefined, {
    style: 'currency',
    currency: 'USD',
    maximumFractionDigits: 0,
  });
  return (
    <section className="card stack" aria-labelledby="customer-title">
      <h2 id="customer-title">Customer</h2>
      <div>
        <strong>{customer.name}</strong>
        {customer.plan === 'PREMIUM' ? (
          <span className="badge plan-premium">Premium</span>
        ) : (
          <span className="badge muted-badge">Free</span>
        )}
        {customer.isHighValue && customer.plan !== 'PREMIUM' && <span className="badge plan-premium">High value</span>}
      </div>
      <div className="small">
        <a href={`mailto:${customer.email}`}>{customer.email}</a>
        {customer.company && <div>{customer.company}</div>}
        <div className="muted">{revenue} per month</div>
        <div className="muted">Ticket opened {formatDateTime(ticket.createdAt)}</div>
        {ticket.firstResponseAt && <div className="muted">First answered {formatDateTime(ticket.firstResponseAt)}</div>}
      </div>
      {ticket.viewerCan.customerLink.allowed && <CustomerLink ticketId={ticket.id} />}
      {ticket.viewerCan.triage.allowed && <RevokeLinks ticketId={ticket.id} />}
    </section>
  );
}

/**
 * "Get the customer's link", for a customer on the phone or in a chat: a fresh private link (only
 * its hash is stored, so it is shown here once), with a copy button.
 */
function CustomerLink({ ticketId }: { ticketId: string }) {
  const [create, { loading, error }] = useCreateCustomerLink();
  const [url, setUrl] = useState<string | null>(null);
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const get = () =>
    create({ variables: { id: ticketId } }).then(
      ({ data }) => {
        setCopied(null);
        setUrl(data?.createCustomerLink.url ?? null);
      },
      () => undefined,
    );
  const copy = (text: string) =>
    navigator.clipboard.writeText(text).then(
      () => setCopied('yes'),
      () => setCopied('failed'),
    );
  return (
    <div className="customer-link stack">
      {url ? (
        <>
          <label className="small">
            The customer's link
            <input type="text" readOnly value={url} onFocus={(e) => e.target.select()} />
          </label>
          <div className="row wrap">
            <button type="button" className="primary" onClick={() => void copy(url)}>
              Copy link
            </button>
            <button type="button" disabled={loading} onClick={() => void get()}>
              New link
            </button>
          </div>
          {copied && (
            <p role="status" className="small">
              {copied === 'yes' ? 'Copied. Give it only to the customer.' : 'Could not copy: select the link and copy it yourself.'}
            </p>
          )}
          <p className="muted small">
            Anyone with this link reads the conversation and can answer; it is shown only now. Revoking private links ends it too.
          </p>
        </>
      ) : (
        <button type="button" disabled={loading} onClick={() => void get()}>
          Get the customer's link
        </button>
      )}
      {error && (
        <p role="alert" className="error small">
          {errorMessage(error)}
        </p>
      )}
    </div>
  );
}

/** Ends every private link of the ticket, e.g. when a reply mail went to the wrong person. */
function RevokeLinks({ ticketId }: { ticketId: string }) {
  const [confirming, setConfirming] = useState(false);
  const [revoked, setRevoked] = useState(false);
  const [revoke, { loading, error }] = useRevokeTicketLinks();
  const run = () =>
    revoke({ variables: { id: ticketId } }).then(
      () => {
        setConfirming(false);
        setRevoked(true);
      },
      () => undefined,
    );
  return (
    <div className="revoke-links stack">
      <p className="muted small">
        Every reply mail carries a private link to this conversation. Revoking ends them all; the next reply carries a new one.
      </p>
      {confirming ? (
        <div className="row wrap">
          <button type="button" className="danger" disabled={loading} onClick={() => void run()}>
            Confirm: revoke links
          </button>
          <button type="button" disabled={loading} onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </div>
      ) : (
        <button
          type="button"
          onClick={() => {
            setRevoked(false);
            setConfirming(true);
          }}
        >
          Revoke private links
        </button>
      )}
      {revoked && !confirming && (
        <p role="status" className="small">
          Private links revoked. Links in earlier mails no longer open the conversation.
        </p>
      )}
      {error && (
        <p role="alert" className="error small">
          {errorMessage(error)}
        </p>
      )}
    </div>
  );
}

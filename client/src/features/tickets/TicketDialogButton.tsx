import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useQuery } from '@apollo/client/react';
import { type ReactNode, useState } from 'react';
import { Dialog } from '../../components/Dialog';
import { errorMessage } from '../../lib/errors';

interface Props<TTicket> {
  /** The button's text and the dialog's title. */
  title: string;
  className?: string;
  dialogClassName: string;
  ticketId: string;
  /** The form's query of the ticket. */
  query: TypedDocumentNode<{ ticket: TTicket | null }, { id: string }>;
  /** The form, given the ticket and how to close the dialog. */
  children: (ticket: TTicket, close: () => void) => ReactNode;
}

/** A button opening a ticket's form in a dialog (C3's escalation, C4's link): the ticket is read afresh each time. */
export function TicketDialogButton<TTicket>({ title, className, ...dialog }: Props<TTicket>) {
  const [isOpen, setOpen] = useState(false);
  return (
    <>
      <button type="button" className={className} onClick={() => setOpen(true)}>
        {title}
      </button>
      {isOpen && <TicketDialog title={title} {...dialog} onClose={() => setOpen(false)} />}
    </>
  );
}

function TicketDialog<TTicket>({
  title,
  dialogClassName,
  ticketId,
  query,
  children,
  onClose,
}: Omit<Props<TTicket>, 'className'> & { onClose: () => void }) {
  // The pre-fill follows the conversation, so it is read afresh each time the dialog opens.
  const { data, error } = useQuery(query, { variables: { id: ticketId }, fetchPolicy: 'network-only' });
  return (
    <Dialog title={title} onClose={onClose} className={dialogClassName}>
      {data?.ticket ? (
        children(data.ticket, onClose)
      ) : error ? (
        <div className="stack">
          <p role="alert" className="error">
            {errorMessage(error)}
          </p>
          <div className="row">
            <button type="button" onClick={onClose}>
              Close
            </button>
          </div>
        </div>
      ) : (
        <p className="muted">Loading the ticket…</p>
      )}
    </Dialog>
  );
}

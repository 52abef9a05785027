import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Dialog } from '../../../components/Dialog';
import { LinkFeatureRequestDialogQueryDocument } from '../../../gql/graphql';
import { errorMessage } from '../../../lib/errors';
import { LinkFeatureRequestForm } from './LinkFeatureRequestForm';
import './feature-request.css';

/** C4/FR1: "Link feature request", opening the linking form in a dialog (existing cards first, then a new one). */
export function LinkFeatureRequestButton({ ticketId, className }: { ticketId: string; className?: string }) {
  const [isOpen, setOpen] = useState(false);
  return (
    <>
      <button type="button" className={className} onClick={() => setOpen(true)}>
        Link feature request
      </button>
      {isOpen && <LinkFeatureRequestDialog ticketId={ticketId} onClose={() => setOpen(false)} />}
    </>
  );
}

function LinkFeatureRequestDialog({ ticketId, onClose }: { ticketId: string; onClose: () => void }) {
  // The quote follows the conversation, so it is read afresh each time the dialog opens.
  const { data, error } = useQuery(LinkFeatureRequestDialogQueryDocument, { variables: { id: ticketId }, fetchPolicy: 'network-only' });
  return (
    <Dialog title="Link feature request" onClose={onClose} className="feature-link-dialog">
      {data?.ticket ? (
        <LinkFeatureRequestForm ticket={data.ticket} onDone={onClose} onCancel={onClose} />
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

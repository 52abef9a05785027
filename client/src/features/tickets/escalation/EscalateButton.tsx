import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Dialog } from '../../../components/Dialog';
import { EscalationDialogQueryDocument } from '../../../gql/graphql';
import { errorMessage } from '../../../lib/errors';
import { EscalationForm } from './EscalationForm';
import './escalation.css';

/** C3: "Escalate to engineering", opening the escalation form (E1) in a dialog. */
export function EscalateButton({ ticketId }: { ticketId: string }) {
  const [isOpen, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="escalate-button" onClick={() => setOpen(true)}>
        Escalate to engineering
      </button>
      {isOpen && <EscalationDialog ticketId={ticketId} onClose={() => setOpen(false)} />}
    </>
  );
}

function EscalationDialog({ ticketId, onClose }: { ticketId: string; onClose: () => void }) {
  // The pre-fill follows the conversation, so it is read afresh each time the form opens.
  const { data, error } = useQuery(EscalationDialogQueryDocument, { variables: { id: ticketId }, fetchPolicy: 'network-only' });
  return (
    <Dialog title="Escalate to engineering" onClose={onClose} className="escalation-dialog">
      {data?.ticket ? (
        <EscalationForm ticket={data.ticket} onDone={onClose} onCancel={onClose} />
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

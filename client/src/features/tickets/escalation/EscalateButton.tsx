import { EscalationDialogQueryDocument } from '../../../gql/graphql';
import { TicketDialogButton } from '../TicketDialogButton';
import { EscalationForm } from './EscalationForm';
import './escalation.css';

/** C3: "Escalate to engineering", opening the escalation form (E1) in a dialog. */
export function EscalateButton({ ticketId }: { ticketId: string }) {
  return (
    <TicketDialogButton
      title="Escalate to engineering"
      className="escalate-button"
      dialogClassName="escalation-dialog"
      ticketId={ticketId}
      query={EscalationDialogQueryDocument}
    >
      {(ticket, close) => <EscalationForm ticket={ticket} onDone={close} onCancel={close} />}
    </TicketDialogButton>
  );
}

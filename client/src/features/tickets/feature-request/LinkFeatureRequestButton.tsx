import { LinkFeatureRequestDialogQueryDocument } from '../../../gql/graphql';
import { TicketDialogButton } from '../TicketDialogButton';
import { LinkFeatureRequestForm } from './LinkFeatureRequestForm';
import './feature-request.css';

/** C4/FR1: "Link feature request", opening the linking form in a dialog (existing cards first, then a new one). */
export function LinkFeatureRequestButton({ ticketId, className }: { ticketId: string; className?: string }) {
  return (
    <TicketDialogButton
      title="Link feature request"
      className={className}
      dialogClassName="feature-link-dialog"
      ticketId={ticketId}
      query={LinkFeatureRequestDialogQueryDocument}
    >
      {(ticket, close) => <LinkFeatureRequestForm ticket={ticket} onDone={close} onCancel={close} />}
    </TicketDialogButton>
  );
}

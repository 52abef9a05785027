import { useQuery } from '@apollo/client/react';
import { MailSetupCardQueryDocument } from '../../gql/graphql';

/** How mail reaches customers and comes back: set by environment variables, shown so managers know. */
export function MailSetupCard() {
  const { data } = useQuery(MailSetupCardQueryDocument);
  const mail = data?.teamSettings.mail;
  if (!mail) return null;
  return (
    <section className="card stack" aria-labelledby="mail-setup-title">
      <h2 id="mail-setup-title">Mail</h2>
      <ul className="mail-setup">
        <li>
          Customers write to <strong>{mail.supportAddress}</strong>
          {mail.inboundSmtpPort ? (
            <> (Tandem receives it on SMTP port {mail.inboundSmtpPort})</>
          ) : (
            <> (the built-in SMTP listener is off)</>
          )}
          {mail.inboundWebhookEnabled && <>; a mail provider may also post it to /inbound/mail</>}.
        </li>
        <li className={mail.smtpConfigured ? undefined : 'warn-text'}>
          {mail.smtpConfigured
            ? 'Replies are sent through the configured SMTP server.'
            : 'No SMTP server is configured (SMTP_URL): replies wait in the outbox until one is.'}
        </li>
      </ul>
      <p className="muted small">These come from the server's environment variables; the README's Mail section explains them.</p>
    </section>
  );
}

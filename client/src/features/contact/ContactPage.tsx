import { useMutation } from '@apollo/client/react';
import { LIMITS, TICKET_LIMITS } from '@tandem/shared';
import { useState, type FormEvent } from 'react';
import { ContactPageSubmitMutationDocument } from '../../gql/graphql';
import { errorMessage } from '../../lib/errors';

const EMPTY = { name: '', email: '', company: '', subject: '', message: '' };

/** The public web form: customers write in without an account; the team sees a new ticket. */
export function ContactPage() {
  const [form, setForm] = useState(EMPTY);
  const [submit, { data, loading, error, reset }] = useMutation(ContactPageSubmitMutationDocument);
  const set = (field: keyof typeof EMPTY) => (e: { target: { value: string } }) => setForm({ ...form, [field]: e.target.value });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (loading) return;
    submit({ variables: { input: { ...form, company: form.company.trim() || null } } }).catch(() => undefined);
  };

  if (data) {
    return (
      <main className="login">
        <section className="card login-card" aria-labelledby="contact-title">
          <h1 id="contact-title">Thank you</h1>
          <p role="status">
            We have your message (reference <strong>{data.submitTicket.reference}</strong>) and will answer by e-mail.
          </p>
          <button
            type="button"
            onClick={() => {
              reset();
              setForm(EMPTY);
            }}
          >
            Write another message
          </button>
        </section>
      </main>
    );
  }
  return (
    <main className="login">
      <form className="card login-card" onSubmit={onSubmit} aria-labelledby="contact-title">
        <h1 id="contact-title">Contact support</h1>
        <p className="muted">Tell us what you need; a person on our team answers by e-mail.</p>
        <label>
          Your name
          <input required maxLength={TICKET_LIMITS.nameMax} autoComplete="name" value={form.name} onChange={set('name')} />
        </label>
        <label>
          E-mail
          <input required type="email" maxLength={LIMITS.emailMax} autoComplete="email" value={form.email} onChange={set('email')} />
        </label>
        <label>
          Company (optional)
          <input maxLength={TICKET_LIMITS.nameMax} autoComplete="organization" value={form.company} onChange={set('company')} />
        </label>
        <label>
          Subject
          <input required maxLength={TICKET_LIMITS.subjectMax} value={form.subject} onChange={set('subject')} />
        </label>
        <label>
          Message
          <textarea required rows={7} maxLength={TICKET_LIMITS.bodyMax} value={form.message} onChange={set('message')} />
        </label>
        {error && (
          <p role="alert" className="error">
            {errorMessage(error)}
          </p>
        )}
        <button type="submit" className="primary" disabled={loading}>
          {loading ? 'Sending…' : 'Send'}
        </button>
      </form>
    </main>
  );
}

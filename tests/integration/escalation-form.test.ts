import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../support/api-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { graphql } from '../gql/index.js';

const SUBMIT = graphql(`mutation SubmitTicketForEscalation($input: SubmitTicketInput!) { submitTicket(input: $input) { reference } }`);
const DEFAULTS = graphql(
  `query EscalationDefaultsOfTicket($id: ID!) { ticket(id: $id) { escalationDefaults { title actualResult environment } } }`,
);

let server: TestServer;
let agent: ApiClient;

beforeAll(async () => {
  server = await startTestServer();
  agent = await server.signIn('ben@example.com');
});
afterAll(() => server?.stop());

async function ticketIdOf(reference: string): Promise<string> {
  const [row] = await server.services.db.query(`SELECT id FROM ticket WHERE number = $1`, [Number(reference.replace('#', ''))]);
  return row.id;
}

describe('E1: the escalation form starts from what Tandem knows', () => {
  it("keeps the web form's browser and offers it, with the subject and the customer's own words", async () => {
    const userAgent = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/537.36 Chrome/131.0 Safari/537.36';
    const submitted = await server.client().request(
      SUBMIT,
      {
        input: {
          name: 'Una Agent',
          email: 'una@customer.test',
          subject: 'Export button does nothing',
          message: 'I click Export and nothing happens.',
        },
      },
      { 'user-agent': userAgent },
    );
    expect(submitted.errors).toBeUndefined();
    const { ticket } = await agent.ok(DEFAULTS, { id: await ticketIdOf(submitted.data!.submitTicket.reference) });
    expect(ticket.escalationDefaults).toEqual({
      title: 'Export button does nothing',
      actualResult: 'The customer wrote: “I click Export and nothing happens.”',
      environment: userAgent,
    });
  });

  it('keeps the mail program a customer wrote with', async () => {
    const raw = Buffer.from(
      [
        'From: Mo Mail <mo@customer.test>',
        'To: support@localhost',
        'Subject: Charts are blank',
        `Message-ID: <${Math.random().toString(36).slice(2)}@customer.test>`,
        'X-Mailer: Apple Mail (2.3774.600.62)',
        'Content-Type: text/plain; charset=utf-8',
        '',
        'The charts page is empty since this morning.',
        '',
      ].join('\r\n'),
    );
    const { ticketId } = await server.services.inbound.receiveRaw(raw);
    const { ticket } = await agent.ok(DEFAULTS, { id: ticketId! });
    expect(ticket.escalationDefaults.environment).toBe('Apple Mail (2.3774.600.62)');
  });
});

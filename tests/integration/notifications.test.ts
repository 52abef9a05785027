import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../support/api-client.js';
import { createStaff, createTicket, FACTORY_PASSWORD, latestMessageId, mailsSent, signedInStaff } from '../support/factories.js';
import { SmtpSink } from '../support/smtp-sink.js';
import { ManualClock, startTestServer, type TestServer } from '../support/test-server.js';
// The client's own operations, where a test sends exactly what the client sends.
import { TicketPageViewingMutationDocument } from '../../client/src/gql/graphql.js';
import { graphql } from '../gql/index.js';

// A notification is done when the thing it points to is done: it leaves the bell (and counts as read).
const HOUR = 3600_000;
const BELL = graphql(
  `query NotificationsInNotifications { notifications(first: 50) { unreadCount edges { node { kind ticket { id } } } } }`,
);
const NOTE = graphql(`mutation AddNote($input: AddNoteInput!) { addNote(input: $input) { id } }`);
const VIEWING = TicketPageViewingMutationDocument;
const REPLY = graphql(`mutation ReplyToTicket($input: ReplyToTicketInput!) { replyToTicket(input: $input) { id } }`);
const CLOSE = graphql(`mutation CloseTicket($id: ID!) { closeTicket(id: $id) { id } }`);

const clock = new ManualClock();
let server: TestServer;
// Follow-ups count from when the reply's mail went out (F1): the replies here reach a real SMTP server.
const sink = new SmtpSink();

beforeAll(async () => {
  await sink.start();
  server = await startTestServer({ clock, config: { smtpUrl: sink.url } });
  // The test moves time and runs the timers itself.
  await server.services.timers.pause();
  await server.services.timers.runDue();
});
afterAll(async () => {
  await server?.stop();
  await sink.stop();
});

async function onBell(client: ApiClient, ticketId: string, kind: string): Promise<number> {
  const { notifications } = await client.ok(BELL);
  return notifications.edges.filter((e) => e.node.kind === kind && e.node.ticket?.id === ticketId).length;
}

describe('mentions', () => {
  it('[agent] is mentioned in a note, opens the ticket: the mention leaves their bell, not the other person’s', async () => {
    const ticket = await createTicket(server);
    const { client: writer } = await signedInStaff(server);
    const max = await createStaff(server, { name: 'Mentioned Max' });
    const mia = await createStaff(server, { name: 'Mentioned Mia' });
    await writer.ok(NOTE, {
      input: { ticketId: ticket.id, body: '@Mentioned Max @Mentioned Mia can you check?', mentionIds: [max.id, mia.id] },
    });
    const maxClient = await server.signIn(max.email, FACTORY_PASSWORD);
    const miaClient = await server.signIn(mia.email, FACTORY_PASSWORD);
    expect(await onBell(maxClient, ticket.id, 'MENTION')).toBe(1);
    const unread = (await maxClient.ok(BELL)).notifications.unreadCount;

    // Leaving a ticket settles nothing; opening it does.
    await maxClient.ok(VIEWING, { id: ticket.id, viewing: false });
    expect(await onBell(maxClient, ticket.id, 'MENTION')).toBe(1);
    await maxClient.ok(VIEWING, { id: ticket.id, viewing: true });
    expect(await onBell(maxClient, ticket.id, 'MENTION')).toBe(0);
    expect((await maxClient.ok(BELL)).notifications.unreadCount).toBe(unread - 1);
    expect(await onBell(miaClient, ticket.id, 'MENTION')).toBe(1);
  });
});

describe('follow-ups due (F1)', () => {
  /** A ticket Lena answered 48 hours ago: the timer reminded her to follow up. */
  async function followUpDue() {
    const lena = await server.signIn('lena@example.com');
    const ticket = await createTicket(server, { type: 'QUESTION', group: 'SALES' });
    clock.advance(5 * 60_000);
    await lena.ok(REPLY, {
      input: { ticketId: ticket.id, body: 'Here is how. Does that help?', seenMessageId: await latestMessageId(server, ticket.id) },
    });
    await mailsSent(server);
    clock.advance(48 * HOUR);
    await server.services.timers.runDue();
    const fresh = await server.signIn('lena@example.com');
    expect(await onBell(fresh, ticket.id, 'FOLLOW_UP_DUE')).toBe(1);
    return { ticket, lena: fresh };
  }

  it('[agent] sends the follow-up: the reminder leaves the bell', async () => {
    const { ticket, lena } = await followUpDue();
    await lena.ok(REPLY, {
      input: { ticketId: ticket.id, body: 'Just checking in: did that work?', seenMessageId: await latestMessageId(server, ticket.id) },
    });
    expect(await onBell(lena, ticket.id, 'FOLLOW_UP_DUE')).toBe(0);
  });

  it('[customer] answers before the follow-up: the reminder leaves the bell', async () => {
    const { ticket, lena } = await followUpDue();
    await server.services.db.transaction((tx) =>
      server.services.customerMessageRecorder.addCustomerMessage(tx, ticket.id, ticket.customerId, {
        body: 'It worked, thanks!',
        channel: 'LINK',
      }),
    );
    expect(await onBell(lena, ticket.id, 'FOLLOW_UP_DUE')).toBe(0);
  });

  it('[agent] closes the ticket: the reminder leaves the bell', async () => {
    const { ticket, lena } = await followUpDue();
    await lena.ok(CLOSE, { id: ticket.id });
    expect(await onBell(lena, ticket.id, 'FOLLOW_UP_DUE')).toBe(0);
  });

  it('the reminder of another ticket stays', async () => {
    const first = await followUpDue();
    const second = await followUpDue();
    await second.lena.ok(CLOSE, { id: second.ticket.id });
    expect(await onBell(second.lena, first.ticket.id, 'FOLLOW_UP_DUE')).toBe(1);
  });
});

import { expect, it } from 'vitest';
import { browserFlow, describeInBrowser } from '../support/browser.js';
import { createTicket } from '../support/factories.js';
import { graphql } from '../gql/index.js';

const TIMELINE_QUERY = graphql(`query Ticket($id: ID!) { ticket(id: $id) {
  assignee { name } isFrustrated
  timeline { __typename ... on Reply { body author { name } approvedBy { name } } ... on Draft { body status feedback } }
} }`);

describeInBrowser('answering tickets', () => {
  const flow = browserFlow();

  async function timeline(ticketId: string) {
    const api = await flow.server.signIn('peyton@example.com');
    return (await api.ok(TIMELINE_QUERY, { id: ticketId })).ticket;
  }

  it('[trainee] drafts a reply; [trainer] requests changes; [trainee] revises; [trainer] approves and the customer gets it', async () => {
    const ticket = await createTicket(flow.server, { subject: 'Export to PDF', type: 'QUESTION', group: 'UNASSIGNED' });
    const trainee = await flow.signedIn('kate@example.com');
    const trainer = await flow.signedIn('peyton@example.com');

    await trainee.goto(`${flow.server.url}/tickets/${ticket.id}`);
    await trainee.getByRole('heading', { name: /Export to PDF/ }).waitFor();
    // T1: no "Send reply" for a trainee, only a draft for approval.
    await expect.poll(() => trainee.getByRole('button', { name: 'Send reply' }).count()).toBe(0);
    await trainee.getByRole('textbox', { name: 'Reply' }).fill('You can export from the Reports page. Does that work for you?');
    await trainee.getByRole('button', { name: 'Submit for approval' }).click();
    await trainee.getByRole('status').getByText('Draft submitted for approval').waitFor();

    await trainer.getByRole('link', { name: 'Approvals' }).click();
    const draft = trainer.getByRole('article', { name: `Draft by Kate Novak on #${ticket.number}` });
    await draft.getByRole('button', { name: 'Request changes' }).click();
    await draft.getByLabel('Feedback').fill('Tell them where the Reports page is: the left menu.');
    await draft.getByRole('button', { name: 'Send feedback' }).click();
    await draft.waitFor({ state: 'detached' });

    // The trainee sees the feedback live on the ticket and revises the draft.
    await trainee.getByText('Tell them where the Reports page is: the left menu.').first().waitFor();
    await trainee.getByRole('button', { name: 'Revise my draft' }).click();
    await trainee.getByRole('textbox', { name: 'Reply' }).fill('You can export from Reports, in the left menu. Does that work for you?');
    await trainee.getByRole('button', { name: 'Submit for approval' }).click();
    await trainee.getByRole('status').getByText('Draft submitted for approval').waitFor();

    const revised = trainer.getByRole('article', { name: `Draft by Kate Novak on #${ticket.number}` });
    await revised.getByText('in the left menu').waitFor();
    await revised.getByRole('button', { name: 'Approve and send' }).click();
    await revised.waitFor({ state: 'detached' });

    await trainee.getByRole('article', { name: 'Reply by Kate Novak' }).getByText('approved by Peyton Brooks').waitFor();
    const after = await timeline(ticket.id);
    const replies = after.timeline.filter((e: { __typename: string }) => e.__typename === 'Reply');
    expect(replies).toEqual([
      {
        __typename: 'Reply',
        body: 'You can export from Reports, in the left menu. Does that work for you?',
        author: { name: 'Kate Novak' },
        approvedBy: { name: 'Peyton Brooks' },
      },
    ]);
    await trainee.context().close();
    await trainer.context().close();
  });

  it('[agent] cannot send a reply that does not end with a question, and sees why before sending (W7)', async () => {
    const ticket = await createTicket(flow.server, { subject: 'Invoice address', type: 'QUESTION', group: 'SALES' });
    const agent = await flow.signedIn('lena@example.com');
    await agent.goto(`${flow.server.url}/tickets/${ticket.id}`);
    const reply = agent.getByRole('textbox', { name: 'Reply' });
    const send = agent.getByRole('button', { name: 'Send reply' });

    await reply.fill('I have updated the invoice address.');
    await expect.poll(() => send.isDisabled()).toBe(true);
    await agent.getByText('End your reply with a direct question, such as "Did that help?" (W7).').waitFor();
    // A lone "?" after a statement is no question either.
    await reply.fill('I have updated the invoice address. ?');
    await expect.poll(() => send.isDisabled()).toBe(true);
    expect(await agent.getByText('✓ Ends with a question').count()).toBe(0);

    await reply.fill('I have updated the invoice address. Does the new invoice look right?');
    await agent.getByText('✓ Ends with a question').waitFor();
    await send.click();
    await agent.getByRole('status').getByText('Reply sent.').waitFor();
    await agent.getByRole('article', { name: 'Reply by Lena Fischer' }).waitFor();
    // R4: replying assigned the ticket to the replier.
    expect((await timeline(ticket.id)).assignee).toEqual({ name: 'Lena Fischer' });
    await agent.context().close();
  });

  it('[agent A] claims a ticket; [agent B] sees it claimed live in the inbox', async () => {
    const ticket = await createTicket(flow.server, { subject: 'Claim me live' });
    const agentA = await flow.signedIn('lena@example.com');
    const agentB = await flow.signedIn('ben@example.com');
    for (const page of [agentA, agentB]) await page.getByRole('tab', { name: 'Unassigned', selected: true }).waitFor();
    const rowOfB = agentB.getByRole('listitem').filter({ hasText: 'Claim me live' });
    await rowOfB.getByRole('button', { name: `Claim #${ticket.number}` }).waitFor();

    await agentA.getByRole('button', { name: `Claim #${ticket.number}` }).click();
    // B's unassigned queue drops the ticket without a reload.
    await rowOfB.waitFor({ state: 'detached' });
    await agentB.getByRole('tab', { name: 'All open' }).click();
    await agentB.getByRole('listitem').filter({ hasText: 'Claim me live' }).getByText('Lena Fischer').waitFor();
    await agentA.context().close();
    await agentB.context().close();
  });

  it('[agent] flags a frustrated customer; [manager] is alerted live', async () => {
    const ticket = await createTicket(flow.server, {
      subject: 'Still broken',
      message: 'This is the THIRD time I write about this!!! Nobody answers. UNACCEPTABLE.',
    });
    const agent = await flow.signedIn('lena@example.com');
    const manager = await flow.signedIn('peyton@example.com');
    await agent.goto(`${flow.server.url}/tickets/${ticket.id}`);
    // W8: the message looks frustrated, so the page suggests flagging it.
    await agent.getByRole('note').getByText('The customer sounds frustrated').waitFor();
    await agent.getByRole('button', { name: 'Flag frustrated customer' }).click();
    await agent.getByText('The support managers have been alerted.').waitFor();

    // The manager's page was open before the flag: the alert arrives live, in the bell's list.
    await manager.getByRole('button', { name: /^Notifications/ }).click();
    await manager
      .getByRole('group', { name: 'Notifications' })
      .getByRole('button', { name: new RegExp(`Frustrated customer on #${ticket.number}`) })
      .click();
    await manager.getByRole('heading', { name: /Still broken/ }).waitFor();
    await manager.getByText('Frustrated customer').first().waitFor();
    expect((await timeline(ticket.id)).isFrustrated).toBe(true);
    await agent.context().close();
    await manager.context().close();
  });

  it('[customer] writes in through the web form at /help; [agent] sees the new ticket live in Unassigned', async () => {
    const agent = await flow.signedIn('ben@example.com');
    const customer = await flow.newPage('customer');
    await agent.getByRole('tab', { name: 'Unassigned', selected: true }).waitFor();

    await customer.goto(`${flow.server.url}/help`);
    await customer.getByLabel('Your name').fill('Nora Quinn');
    await customer.getByLabel('E-mail').fill('nora@quinn.example');
    await customer.getByLabel('Subject').fill('Cannot find the archive');
    await customer.getByLabel('Message').fill('Where did my archived checklists go?');
    await customer.getByRole('button', { name: 'Send' }).click();
    await customer.getByRole('status').getByText('We have your message').waitFor();

    await agent.getByRole('listitem').filter({ hasText: 'Cannot find the archive' }).getByText('Nora Quinn').waitFor();
    await agent.context().close();
    await customer.context().close();
  });

  it('[agent] answers from an "Ask for more information" saved reply with the name filled in (W4, S1) and @mentions a teammate in a note', async () => {
    const ticket = await createTicket(flow.server, { subject: 'Board is empty', type: 'BUG', group: 'DEVELOPMENT' });
    const agent = await flow.signedIn('lena@example.com');
    const teammate = await flow.signedIn('ben@example.com');
    // From the inbox, `r` on the selected ticket opens it at the reply editor.
    await agent.getByRole('tab', { name: 'All open' }).click();
    await agent.getByRole('searchbox', { name: 'Search tickets' }).fill(`#${ticket.number}`);
    const results = agent.getByRole('list', { name: 'All open tickets' }).getByRole('listitem');
    await expect.poll(() => results.allTextContents()).toEqual([expect.stringContaining('Board is empty')]);
    await agent.keyboard.press('Escape');
    await agent.keyboard.press('r');
    await expect.poll(() => agent.evaluate(() => document.activeElement?.getAttribute('placeholder') ?? '')).toMatch(/^Write to Customer/);

    await agent.getByRole('button', { name: 'Insert saved reply…' }).click();
    await agent
      .getByRole('list', { name: 'Saved replies' })
      .getByRole('button', { name: /Ask for steps to reproduce/ })
      .click();
    const preview = agent.getByRole('group', { name: 'Preview of Ask for steps to reproduce' });
    await preview.getByText('Hi Customer, thanks for letting us know!').waitFor();
    await preview.getByRole('button', { name: 'Insert' }).click();
    await expect
      .poll(() => agent.getByRole('textbox', { name: 'Reply' }).inputValue())
      .toMatch(/^Hi Customer, thanks for letting us know!/);
    await agent.getByRole('listitem', { name: /W7 End with a question: done/ }).waitFor();
    await agent.getByRole('button', { name: 'Send reply' }).click();
    await agent.getByRole('article', { name: 'Reply by Lena Fischer' }).getByText('from “Ask for steps to reproduce”').waitFor();

    await agent.getByRole('tab', { name: /Internal note/ }).click();
    const note = agent.getByRole('textbox', { name: 'Internal note' });
    await note.pressSequentially('Could you look at this, @Be');
    await agent
      .getByRole('listbox', { name: 'Mention someone' })
      .getByRole('option', { name: /Ben Carter/ })
      .waitFor();
    await note.press('Enter');
    await note.pressSequentially('?');
    await expect.poll(() => note.inputValue()).toBe('Could you look at this, @Ben Carter ?');
    await agent.getByRole('button', { name: 'Add note' }).click();
    await agent.getByRole('article', { name: 'Note by Lena Fischer' }).waitFor();

    await teammate.getByRole('button', { name: /^Notifications/ }).click();
    await teammate
      .getByRole('group', { name: 'Notifications' })
      .getByRole('button', { name: /Lena Fischer mentioned you/ })
      .waitFor();
    await agent.context().close();
    await teammate.context().close();
  });
});

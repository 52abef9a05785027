import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../server/src/db/seed/demo.js';
import type { ApiClient } from '../support/api-client.js';
import { browserFlow, describeInBrowser, signInThroughForm } from '../support/browser.js';
import { createTicket, latestMessageId } from '../support/factories.js';
import { graphql } from '../gql/index.js';

const SET_TYPE = graphql(`mutation SetTicketType($id: ID!) { setTicketType(id: $id, type: QUESTION) { id type } }`);
const SUBMIT = graphql(`mutation SubmitDraft($input: SubmitDraftInput!) { submitDraft(input: $input) { id status } }`);
const CHANGES = graphql(`mutation RequestDraftChanges($input: RequestDraftChangesInput!) { requestDraftChanges(input: $input) { id } }`);
const APPROVE = graphql(`mutation ApproveDraft($input: ApproveDraftInput!) { approveDraft(input: $input) { id } }`);
const DRAFTS = graphql(
  `query TicketInApprovals($id: ID!) { ticket(id: $id) { timeline { ... on Draft { __typename status suggestAsSavedReply suggestedTitle } } } }`,
);
const TIMELINE = graphql(`query TicketTimelineInApprovals($id: ID!) { ticket(id: $id) { timeline { __typename
  ... on Reply { body author { name } approvedBy { name } }
  ... on Draft { id status feedback reviewedBy { name } } } } }`);

interface TimelineEntry {
  __typename: string;
  id?: string;
  body?: string;
  status?: string;
  feedback?: string | null;
  author?: { name: string } | null;
  approvedBy?: { name: string } | null;
  reviewedBy?: { name: string } | null;
}

describeInBrowser('approvals', () => {
  const flow = browserFlow();
  let trainee: ApiClient;
  let trainer: ApiClient;
  let seededDraftTicket: number;

  beforeAll(async () => {
    trainee = await flow.server.signIn('kate@example.com');
    trainer = await flow.server.signIn('peyton@example.com');
    // The demo team's own draft by Kate, on a ticket nobody has typed yet (C1).
    const [row] = await flow.server.services.db.query(`SELECT number FROM ticket WHERE subject = 'How do I invite my team?'`);
    seededDraftTicket = row.number;
  });

  /** A new web-form ticket, typed by the manager through the API so that a reply may be sent (C1/C4). */
  async function readyTicket(subject: string) {
    const ticket = await createTicket(flow.server, { subject, message: 'How do I export my checklists to CSV?' });
    await trainer.ok(SET_TYPE, { id: ticket.id });
    return ticket;
  }

  /** Kate (a trainee) submits a draft through the API, as the ticket page does (T1). */
  async function submitAsTrainee(ticketId: string, body: string, extra: Record<string, unknown> = {}): Promise<string> {
    const seenMessageId = await latestMessageId(flow.server, ticketId);
    const { submitDraft } = await trainee.ok(SUBMIT, { input: { ticketId, body, seenMessageId, ...extra } });
    return submitDraft.id;
  }

  async function timeline(ticketId: string): Promise<TimelineEntry[]> {
    return (await trainer.ok(TIMELINE, { id: ticketId })).ticket!.timeline;
  }

  /** Peyton (support manager, Kate's trainer) on the Approvals page, with the list loaded. */
  async function trainerOnApprovals(): Promise<Page> {
    const page = await flow.newPage('page');
    await signInThroughForm(page, flow.server.url, 'peyton@example.com', DEMO_PASSWORD);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Approvals' }).click();
    await page.getByRole('heading', { level: 1, name: 'Approvals' }).waitFor();
    await draftArticle(page, seededDraftTicket).waitFor();
    return page;
  }

  function draftArticle(page: Page, ticketNumber: number) {
    return page.getByRole('article', { name: `Draft by Kate Novak on #${ticketNumber}`, exact: true });
  }

  it('[trainer] cannot approve before the ticket type is set, and sees why (C1)', async () => {
    const page = await trainerOnApprovals();
    const draft = draftArticle(page, seededDraftTicket);
    await draft.getByText('Settings > Team > Invite people').waitFor();
    // The conversation so far is beside the draft: the customer's message.
    await draft.getByRole('list', { name: 'Conversation with Aisha Bello' }).getByText('How can I add my two colleagues').waitFor();
    expect(await draft.getByRole('button', { name: 'Approve and send', exact: true }).isDisabled()).toBe(true);
    expect(await draft.getByRole('button', { name: 'Edit and approve', exact: true }).isDisabled()).toBe(true);
    // The flow.server's reason is visible text, not only a tooltip; sending feedback stays possible.
    await draft.getByText('Determine the type of ticket first (C1').waitFor();
    expect(await draft.getByRole('button', { name: 'Request changes', exact: true }).isEnabled()).toBe(true);
    await page.context().close();
  });

  it('[trainer] requests changes with feedback; the draft leaves the list', async () => {
    const ticket = await readyTicket('Export to CSV');
    const draftId = await submitAsTrainee(ticket.id, 'You can export from the Reports page. Did that help?');
    const page = await trainerOnApprovals();
    const draft = draftArticle(page, ticket.number);
    await draft.getByText('You can export from the Reports page. Did that help?').waitFor();

    await draft.getByRole('button', { name: 'Request changes', exact: true }).click();
    const feedback = draft.getByRole('textbox', { name: 'Feedback for Kate Novak' });
    const send = draft.getByRole('button', { name: 'Send feedback', exact: true });
    // T2: feedback is required.
    expect(await send.isDisabled()).toBe(true);
    await feedback.fill('   ');
    expect(await send.isDisabled()).toBe(true);
    await feedback.fill('Tell them where the Reports page is: the left menu.');
    await send.click();

    await draft.waitFor({ state: 'detached' });
    await page.getByRole('status').filter({ hasText: 'Feedback sent to Kate Novak.' }).waitFor();
    const entry = (await timeline(ticket.id)).find((e) => e.id === draftId);
    expect(entry).toMatchObject({
      status: 'CHANGES_REQUESTED',
      feedback: 'Tell them where the Reports page is: the left menu.',
      reviewedBy: { name: 'Peyton Brooks' },
    });
    expect((await timeline(ticket.id)).filter((e) => e.__typename === 'Reply')).toEqual([]);

    // Gone for good, not only hidden on this page.
    await page.reload();
    await draftArticle(page, seededDraftTicket).waitFor();
    expect(await draft.count()).toBe(0);
    await page.context().close();
  });

  it('[trainer] edits and approves; the customer gets the edited reply once', async () => {
    const ticket = await readyTicket('Export checklists');
    const original = 'Use Export. Did that help?';
    const edited = 'Open Reports in the left menu, then click Export at the top right. Does that work for you?';
    await submitAsTrainee(ticket.id, original);
    const page = await trainerOnApprovals();
    const approveRequests: string[] = [];
    page.on('request', (request) => {
      if (request.postData()?.includes('DraftReviewApproveMutation')) approveRequests.push(request.postData()!);
    });
    const draft = draftArticle(page, ticket.number);

    await draft.getByRole('button', { name: 'Edit and approve', exact: true }).click();
    const editor = draft.getByRole('textbox', { name: /^Reply to / });
    expect(await editor.inputValue()).toBe(original);
    await editor.fill(edited);
    await draft.getByText('Ends with a question ✓').waitFor();
    // A double click sends once: the button is disabled while the approval runs. Two real clicks near
    // its left edge, which stays under the pointer when the label shrinks to "Sending…".
    const approve = draft.getByRole('button', { name: 'Approve and send edited reply', exact: true });
    await approve.scrollIntoViewIfNeeded();
    const box = (await approve.boundingBox())!;
    await page.mouse.dblclick(box.x + 8, box.y + box.height / 2);

    await draft.waitFor({ state: 'detached' });
    await page.getByRole('status').filter({ hasText: 'Your edited reply was sent to' }).waitFor();
    const replies = (await timeline(ticket.id)).filter((e) => e.__typename === 'Reply');
    // T2: one reply, as edited, credited to the trainee and the approver.
    expect(replies).toEqual([{ __typename: 'Reply', body: edited, author: { name: 'Kate Novak' }, approvedBy: { name: 'Peyton Brooks' } }]);
    expect(approveRequests).toHaveLength(1);
    // No "reviewed already" from a second request.
    expect(await page.getByRole('main').getByRole('alert').count()).toBe(0);
    await page.context().close();
  });

  it('[trainer] cannot approve a reply that does not end with a question', async () => {
    const ticket = await readyTicket('Export button');
    const draftId = await submitAsTrainee(ticket.id, 'Try the Export button on the checklist. Did that help?');
    const page = await trainerOnApprovals();
    const draft = draftArticle(page, ticket.number);

    await draft.getByRole('button', { name: 'Edit and approve', exact: true }).click();
    const editor = draft.getByRole('textbox', { name: /^Reply to / });
    const send = draft.getByRole('button', { name: 'Approve and send edited reply', exact: true });
    await editor.fill('Unfortunately, you need the Export button on the checklist.');
    await draft.getByText('A reply must end with a question (W7)').waitFor();
    await expect.poll(() => send.isDisabled()).toBe(true);
    await draft.getByText('End your reply with a direct question, such as "Did that help?" (W7).').waitFor();
    // V1: phrases to avoid are pointed out, as warnings.
    await draft.getByRole('list', { name: 'Tone hints' }).getByText('Instead of “unfortunately”').waitFor();

    await editor.press('End');
    await editor.pressSequentially(' Does that work?');
    await draft.getByText('Ends with a question ✓').waitFor();
    await expect.poll(() => send.isEnabled()).toBe(true);

    // Nothing went to the customer while the rule failed.
    await draft.getByRole('button', { name: 'Cancel editing', exact: true }).click();
    expect((await timeline(ticket.id)).filter((e) => e.__typename === 'Reply')).toEqual([]);
    expect((await timeline(ticket.id)).find((e) => e.id === draftId)).toMatchObject({ status: 'PENDING' });
    await page.context().close();
  });

  it('[trainer] reads what the customer wrote meanwhile before the draft goes out (TICKET_CHANGED)', async () => {
    const ticket = await readyTicket('Export and more');
    await submitAsTrainee(ticket.id, 'Use Reports, then Export. Did that help?');
    const page = await trainerOnApprovals();
    const draft = draftArticle(page, ticket.number);
    await draft.getByText('Use Reports, then Export. Did that help?').waitFor();
    // The customer writes again; no live event, so the page learns it only from the refused approval.
    await flow.server.services.db.query(
      `INSERT INTO ticket_message (ticket_id, kind, customer_id, body, created_at) VALUES ($1, 'CUSTOMER', $2, $3, now())`,
      [ticket.id, ticket.customerId, 'Also, the Export button is greyed out for me.'],
    );

    const approve = draft.getByRole('button', { name: 'Approve and send', exact: true });
    await approve.click();
    await draft.getByRole('alert').filter({ hasText: 'A new message arrived' }).first().waitFor();
    const conversation = draft.getByRole('list', { name: /^Conversation with / });
    await conversation.getByRole('listitem').filter({ hasText: 'greyed out' }).getByText('New', { exact: true }).waitFor();
    expect(await approve.isDisabled()).toBe(true);
    expect((await timeline(ticket.id)).filter((e) => e.__typename === 'Reply')).toEqual([]);

    await draft.getByRole('button', { name: 'I have read it', exact: true }).click();
    await approve.click();
    await draft.waitFor({ state: 'detached' });
    const replies = (await timeline(ticket.id)).filter((e) => e.__typename === 'Reply');
    expect(replies.map((r) => r.body)).toEqual(['Use Reports, then Export. Did that help?']);
    await page.context().close();
  });

  it('[trainer] sees a new draft appear live', async () => {
    const ticket = await readyTicket('Live draft');
    const page = await flow.newPage('page');
    // Submit only once the page has subscribed, so the test waits on the live update and not on luck.
    const subscribed = new Promise<void>((resolve) => {
      page.on('websocket', (socket) =>
        socket.on('framesent', (frame) => {
          if (String(frame.payload).includes('ApprovalsPageNotificationsSubscription')) resolve();
        }),
      );
    });
    await signInThroughForm(page, flow.server.url, 'peyton@example.com', DEMO_PASSWORD);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Approvals' }).click();
    await draftArticle(page, seededDraftTicket).waitFor();
    await subscribed;
    expect(await draftArticle(page, ticket.number).count()).toBe(0);

    await submitAsTrainee(ticket.id, 'Here is how to export: Reports, then Export. Did that help?', {
      suggestAsSavedReply: true,
      suggestedTitle: 'Exporting to CSV',
    });

    const draft = draftArticle(page, ticket.number);
    await draft.getByText('Here is how to export: Reports, then Export. Did that help?').waitFor();
    // T3: the suggestion is announced, with where it will wait after approval.
    await draft.getByText('Suggested as a saved reply: Exporting to CSV').waitFor();
    await draft.getByRole('link', { name: 'Saved replies' }).waitFor();
    await page.context().close();
  });
  it('[trainee] suggests the draft as a saved reply; [trainer] asks for changes; [trainee] revises and resubmits: the suggestion stays', async () => {
    const ticket = await readyTicket('Suggest and revise');
    const page = await flow.newPage('page');
    await signInThroughForm(page, flow.server.url, 'kate@example.com', DEMO_PASSWORD);
    await page.goto(`${flow.server.url}/tickets/${ticket.id}`);
    await page.getByRole('textbox', { name: 'Reply', exact: true }).fill('Open Reports, then Export. Did that help?');
    await page.getByRole('checkbox', { name: /Suggest this answer as a saved reply/ }).check();
    await page.getByRole('textbox', { name: 'Saved reply title' }).fill('Exporting reports');
    await page.getByRole('button', { name: 'Submit for approval' }).click();
    await page.getByRole('status').getByText('Draft submitted for approval').waitFor();

    const [draft] = (await timeline(ticket.id)).filter((e) => e.__typename === 'Draft');
    await trainer.ok(CHANGES, { input: { draftId: draft!.id!, feedback: 'Say where Reports is: the left menu.' } });
    await page.getByText('Say where Reports is: the left menu.').first().waitFor();
    await page.getByRole('button', { name: 'Revise my draft' }).click();
    // T3: the revision is still suggested, under the same title.
    expect(await page.getByRole('checkbox', { name: /Suggest this answer as a saved reply/ }).isChecked()).toBe(true);
    expect(await page.getByRole('textbox', { name: 'Saved reply title' }).inputValue()).toBe('Exporting reports');
    await page.getByRole('textbox', { name: 'Reply', exact: true }).fill('Open Reports in the left menu, then Export. Did that help?');
    await page.getByRole('button', { name: 'Submit for approval' }).click();
    await page.getByRole('status').getByText('Draft submitted for approval').waitFor();

    const drafts = (await trainer.ok(DRAFTS, { id: ticket.id })).ticket!.timeline.filter((e: TimelineEntry) => e.__typename === 'Draft');
    expect(drafts.at(-1)).toEqual({
      __typename: 'Draft',
      status: 'PENDING',
      suggestAsSavedReply: true,
      suggestedTitle: 'Exporting reports',
    });
    await page.context().close();
  });

  it('[trainee] submits a draft: "Draft submitted" disappears once the trainer asks for changes, and again once the revision is approved', async () => {
    const ticket = await readyTicket('Submitted note goes away');
    const page = await flow.newPage('page');
    await signInThroughForm(page, flow.server.url, 'kate@example.com', DEMO_PASSWORD);
    await page.goto(`${flow.server.url}/tickets/${ticket.id}`);
    const submitted = page.getByRole('status').getByText('Draft submitted for approval');
    await page.getByRole('textbox', { name: 'Reply', exact: true }).fill('Open Reports, then Export. Did that help?');
    await page.getByRole('button', { name: 'Submit for approval' }).click();
    await submitted.waitFor();

    const first = (await timeline(ticket.id)).filter((e) => e.__typename === 'Draft').at(-1)!;
    await trainer.ok(CHANGES, { input: { draftId: first.id!, feedback: 'Mention the left menu.' } });
    await page.getByText('Mention the left menu.').first().waitFor();
    await submitted.waitFor({ state: 'detached' });

    await page.getByRole('button', { name: 'Revise my draft' }).click();
    await page.getByRole('textbox', { name: 'Reply', exact: true }).fill('Open Reports in the left menu, then Export. Did that help?');
    await page.getByRole('button', { name: 'Submit for approval' }).click();
    await submitted.waitFor();
    const second = (await timeline(ticket.id)).filter((e) => e.__typename === 'Draft').at(-1)!;
    await trainer.ok(APPROVE, { input: { draftId: second.id!, seenMessageId: await latestMessageId(flow.server, ticket.id) } });
    await page.getByRole('article', { name: 'Reply by Kate Novak' }).waitFor();
    await submitted.waitFor({ state: 'detached' });
    await page.context().close();
  });

  it('[trainer] approves a draft from Approvals: the bell no longer lists "submitted a draft"', async () => {
    const ticket = await readyTicket('Bell after approval');
    await submitAsTrainee(ticket.id, 'Open Reports, then Export. Did that help?');
    const page = await trainerOnApprovals();
    const bell = page.getByRole('button', { name: /^Notifications/ });
    const item = page
      .getByRole('group', { name: 'Notifications' })
      .getByRole('button', { name: new RegExp(`Kate Novak submitted a draft reply on #${ticket.number} `) });
    await bell.click();
    await item.waitFor();
    await bell.click();

    await draftArticle(page, ticket.number).getByRole('button', { name: 'Approve and send' }).click();
    await draftArticle(page, ticket.number).waitFor({ state: 'detached' });
    await bell.click();
    await page.getByRole('group', { name: 'Notifications' }).waitFor();
    await item.waitFor({ state: 'detached' });
    await page.context().close();
  });
});

import type { TicketGroup, TicketType } from '@tandem/shared';

/**
 * What happened to a demo ticket, step by step, hours before the demo starts. The seed plays each
 * step through the command a person's click would run, at that hour, so the demo can only show what
 * the rules allow. `by` is a demo person's key (demo-team.ts); the first customer step opens the ticket.
 */
export type DemoStep = { at: number } & (
  | { customer: string }
  | { customerSeesReply: true }
  | { by: string; claim: true }
  | { by: string; assign: string }
  | { by: string; type: TicketType }
  | { by: string; group: TicketGroup }
  | { by: string; complex: true }
  | { by: string; frustrated: true }
  | { by: string; reply: string; savedReply?: string }
  | { by: string; note: string; mentions?: string[] }
  | { by: string; draft: string; savedReply?: string; suggestTitle?: string }
  | { by: string; approveDraft: true }
  | { by: string; close: true }
);

export interface DemoTicket {
  subject: string;
  /** A demo customer's key. */
  customer: string;
  steps: DemoStep[];
}

/** The demo's tickets, in the order of their numbers (#1001 first). */
export const DEMO_TICKETS: DemoTicket[] = [
  {
    subject: 'Checklist export to PDF cuts off the last page',
    customer: 'hannah',
    steps: [
      {
        at: 3,
        customer:
          'Hi! When I export our onboarding checklist to PDF, the last page is missing. It has 14 steps and the PDF stops after step 11. We need this for an audit on Friday. Thanks, Hannah',
      },
    ],
  },
  {
    subject: 'How do I invite my team?',
    customer: 'aisha',
    steps: [
      { at: 2, customer: 'Hello, I just signed up. How can I add my two colleagues to my account?' },
      // T1: the trainee's reply waits for her trainer's approval.
      {
        at: 1,
        by: 'kate',
        draft:
          'Hi Aisha, great to have you on board! You can invite colleagues under Settings > Team > Invite people; each of them gets an e-mail with a link to join. Did that help?',
        savedReply: 'invite',
      },
    ],
  },
  {
    subject: "Workflow runs stuck on 'pending' since this morning",
    customer: 'marcus',
    steps: [
      { at: 5, customer: 'All our workflow runs have been stuck on pending since 8am. Our whole team is blocked.' },
      { at: 4.5, by: 'lena', type: 'BUG' },
      {
        at: 1,
        customer:
          'This is the THIRD time this month!!! Nobody has answered in four hours. We pay for premium support, this is unacceptable!!!',
      },
      // W8: Lena confirms what Tandem noticed; the managers are alerted.
      { at: 0.5, by: 'lena', frustrated: true },
    ],
  },
  {
    subject: 'Date picker shows the wrong month in Safari',
    customer: 'julia',
    steps: [
      { at: 26, customer: 'In Safari 17 the due-date picker opens on the previous month. Chrome is fine.' },
      { at: 25.5, by: 'lena', claim: true },
      { at: 25.5, by: 'lena', type: 'BUG' },
      { at: 25.5, by: 'lena', group: 'DEVELOPMENT' },
      { at: 25, by: 'lena', complex: true },
      {
        at: 24,
        by: 'lena',
        reply:
          'Hi Julia, thanks for spotting this! I could reproduce it in Safari 17.4 on macOS and passed it on to our engineers with the details. Could you tell me which macOS version you are on, so we can confirm the fix on your setup?',
      },
      // W9: Julia opened the reply (its mail's private link); the follow-up counts from then.
      { at: 22, customerSeesReply: true },
    ],
  },
  {
    subject: 'Could you add a dark mode?',
    customer: 'tom',
    steps: [
      { at: 50, customer: 'We run checklists in the bakery at 4am. A dark mode would be easier on the eyes.' },
      { at: 48, by: 'ben', claim: true },
      { at: 48, by: 'ben', type: 'FEATURE_REQUEST' },
      { at: 48, by: 'ben', group: 'DEVELOPMENT' },
      {
        at: 47,
        by: 'ben',
        reply:
          'Hi Tom, thank you for the idea! I have added your vote to the request our product team reviews, and we will tell you when it ships. Is there anything else that would make your work easier in the meantime?',
        savedReply: 'feature-request',
      },
    ],
  },
  {
    subject: 'Dark mode please',
    customer: 'aisha',
    steps: [
      { at: 6, customer: 'Is there a dark theme? My eyes hurt in the evening.' },
      { at: 5.5, by: 'priya', type: 'FEATURE_REQUEST' },
      { at: 5.5, by: 'priya', group: 'DEVELOPMENT' },
    ],
  },
  {
    subject: 'Guest post pitch: 7 ways to stop onboarding churn',
    customer: 'devon',
    steps: [
      {
        at: 27,
        customer:
          'Hi team, I write about SaaS onboarding and would love to contribute a guest post to your blog. Draft outline attached below. Best, Devon',
      },
      { at: 26, by: 'peyton', type: 'MARKETING' },
      { at: 26, by: 'peyton', group: 'MARKETING' },
    ],
  },
  {
    subject: 'Pricing for 40 seats and an annual discount?',
    customer: 'ravi',
    steps: [
      { at: 20, customer: 'We are evaluating Tandem for 40 people in our warehouses. What would annual pricing look like?' },
      { at: 19.5, by: 'peyton', type: 'SALES' },
      { at: 19.5, by: 'peyton', group: 'SALES' },
      // R4: a manager's assignment goes first in Ben's queue.
      { at: 19.5, by: 'peyton', assign: 'ben' },
      { at: 19, by: 'peyton', note: '@Ben this is a big one, please take it first thing and offer a demo.', mentions: ['ben'] },
    ],
  },
  {
    subject: 'Can we use SSO with Okta?',
    customer: 'hannah',
    steps: [
      { at: 0.5, customer: 'Does the premium plan support single sign-on with Okta?' },
      { at: 0.4, by: 'ben', type: 'QUESTION' },
    ],
  },
  {
    subject: 'Where do I find the API key?',
    customer: 'marcus',
    steps: [
      { at: 192, customer: 'Where can I generate an API key for our integration?' },
      { at: 191, by: 'sam', claim: true },
      { at: 191, by: 'sam', type: 'QUESTION' },
      { at: 191, by: 'sam', group: 'DEVELOPMENT' },
      {
        at: 190,
        by: 'sam',
        reply:
          'Hi Marcus, you will find it under Settings > Integrations > API keys; only admins of your organisation can see that page. Did that help?',
        savedReply: 'api-key',
      },
      { at: 48, by: 'sam', close: true },
    ],
  },
  {
    subject: "Recurring checklist didn't trigger on Monday",
    customer: 'tom',
    steps: [{ at: 20, customer: 'Our Monday opening checklist was not created this week. It worked for months.' }],
  },
  {
    subject: 'Zapier integration returns 401',
    customer: 'hannah',
    steps: [
      { at: 30, customer: 'Since yesterday every Zap that creates a checklist fails with "401 Unauthorized".' },
      { at: 29.5, by: 'lena', claim: true },
      { at: 29.5, by: 'lena', type: 'BUG' },
      { at: 29.5, by: 'lena', group: 'DEVELOPMENT' },
      { at: 28, by: 'lena', note: 'Reproduced with a fresh Zapier account. Looks like the token refresh broke with Tuesday’s release.' },
    ],
  },
  {
    subject: 'Does Tandem support single sign-on?',
    customer: 'julia',
    steps: [
      { at: 240, customer: 'We are growing and IT asks whether Tandem works with our identity provider (Azure AD).' },
      { at: 239, by: 'kate', type: 'QUESTION' },
      // T2 and S2: Peyton approves Kate's draft; her answer becomes a suggested saved reply.
      {
        at: 238,
        by: 'kate',
        draft:
          'Hi Julia, yes: premium plans support single sign-on with Okta, Google and Azure AD. Would you like a short guide to set it up?',
        suggestTitle: 'Single sign-on on the premium plan',
      },
      { at: 236, by: 'peyton', approveDraft: true },
      { at: 232, customerSeesReply: true },
      { at: 230, customer: 'Perfect, that is all we needed. Thank you!' },
      { at: 229, by: 'peyton', close: true },
    ],
  },
];

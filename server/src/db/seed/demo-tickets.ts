import type { AskImportance, BugSeverity, TicketGroup, TicketType } from '@tandem/shared';

/** What an agent writes when escalating (E1): every field engineering needs. */
export interface DemoBug {
  title: string;
  stepsToReproduce: string;
  expectedResult: string;
  actualResult: string;
  environment: string;
  url?: string;
  usersAffected: number;
  severity: BugSeverity;
}

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
  // Escalations (issue 12). `linkTo` names the ticket (its number) whose bug this ticket joins; the
  // engineer's steps act on the bug of the ticket they belong to.
  | { by: string; escalate: DemoBug }
  | { by: string; linkTo: number; usersAffected: number }
  | { by: string; assignBug: string }
  | { by: string; bugStatus: 'ACKNOWLEDGED' | 'IN_PROGRESS' }
  | { by: string; askForInfo: string }
  | { by: string; markFixed: string }
  // The announcer's round (E3), as it would run in the background a moment after "Mark fixed".
  | { announceFix: true }
  // Feature requests (issue 13): the ticket asks for a demo card (its key, demo-feature-requests.ts),
  // in the customer's words (the quote Tandem pre-fills from their message).
  | { by: string; linkFeature: string; importance: AskImportance }
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
      // E1/E2: escalated at once, complete; Sam (engineering) takes it within minutes.
      {
        at: 4.4,
        by: 'lena',
        escalate: {
          title: "Workflow runs stay 'pending' and never start",
          stepsToReproduce:
            '1. Open any workflow with a schedule or a trigger. 2. Run it now (or wait for the trigger). 3. Watch the run list.',
          expectedResult: 'The run starts within a few seconds and its steps are created.',
          actualResult: "Every run since about 08:00 UTC stays 'pending'; nothing is created. The whole team is blocked.",
          environment: 'Web app, all browsers; Fjordtech (premium) and others since the morning deploy',
          url: 'https://app.example.com/workflows',
          usersAffected: 25,
          severity: 'CRITICAL',
        },
      },
      { at: 4.2, by: 'sam', assignBug: 'sam' },
      { at: 4.2, by: 'sam', bugStatus: 'IN_PROGRESS' },
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
        at: 24.8,
        by: 'lena',
        escalate: {
          title: 'Due-date picker opens on the previous month in Safari',
          stepsToReproduce:
            '1. Open a checklist in Safari 17 on macOS. 2. Click the due date of any step. 3. Look at the month the picker shows.',
          expectedResult: "The picker opens on the month of the step's due date (or this month).",
          actualResult: 'It opens on the month before; Chrome and Firefox are fine.',
          environment: 'Safari 17.4, macOS; reproduced by support, not yet by engineering',
          usersAffected: 3,
          severity: 'MEDIUM',
        },
      },
      {
        at: 24,
        by: 'lena',
        reply:
          'Hi Julia, thanks for spotting this! I could reproduce it in Safari 17.4 on macOS and passed it on to our engineers with the details. Could you tell me which macOS version you are on, so we can confirm the fix on your setup?',
      },
      // W9: Julia opened the reply (its mail's private link); the follow-up counts from then.
      { at: 22, customerSeesReply: true },
      // Engineering cannot reproduce it: the question lands as a note on the ticket (NEEDS_INFO).
      {
        at: 21,
        by: 'sam',
        askForInfo:
          'Which time zone is set on the Mac? We cannot reproduce it in UTC or Europe/Berlin, and suspect a time zone west of UTC.',
      },
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
      { at: 48, by: 'ben', linkFeature: 'dark-mode', importance: 'IMPORTANT' },
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
      { at: 5.5, by: 'priya', linkFeature: 'dark-mode', importance: 'NICE_TO_HAVE' },
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
      {
        at: 27.5,
        by: 'lena',
        escalate: {
          title: 'Zapier actions fail with 401 after the access token is refreshed',
          stepsToReproduce:
            '1. Connect a fresh Zapier account. 2. Create a Zap whose action creates a checklist. 3. Wait an hour (token refresh) and run it.',
          expectedResult: 'The Zap creates the checklist.',
          actualResult: 'Every run after the first hour fails with "401 Unauthorized".',
          environment: 'Zapier integration, since Tuesday’s release',
          usersAffected: 12,
          severity: 'HIGH',
        },
      },
      { at: 27, by: 'sam', assignBug: 'sam' },
      { at: 27, by: 'sam', bugStatus: 'ACKNOWLEDGED' },
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
  // #1014 and #1015: two more customers of the stuck workflows join the bug of #1003 (E3: one click).
  {
    subject: 'Automations not starting since this morning',
    customer: 'hannah',
    steps: [
      { at: 3.5, customer: 'None of our automations has started today. Is something down on your side?' },
      { at: 3.4, by: 'ben', claim: true },
      { at: 3.4, by: 'ben', type: 'BUG' },
      { at: 3.4, by: 'ben', group: 'DEVELOPMENT' },
      { at: 3.3, by: 'ben', linkTo: 1003, usersAffected: 40 },
      {
        at: 3.2,
        by: 'ben',
        reply:
          'Hi Hannah, yes: since this morning workflow runs stay pending for several customers, and our engineers are working on it right now. We will write to you the moment it is fixed. Is there a run that is especially urgent for you today?',
      },
    ],
  },
  {
    subject: 'My automations are stuck',
    customer: 'aisha',
    steps: [
      { at: 2.5, customer: 'My weekly reminder automation says pending and nothing happens.' },
      { at: 2.4, by: 'priya', type: 'BUG' },
      { at: 2.4, by: 'priya', group: 'DEVELOPMENT' },
      { at: 2.3, by: 'priya', linkTo: 1003, usersAffected: 1 },
    ],
  },
  // #1016: a new bug nobody in engineering has looked at yet, escalated by the trainee (trainees may escalate).
  {
    subject: 'Export button covers the filters on my laptop',
    customer: 'ravi',
    steps: [
      { at: 8, customer: "On the reports page the 'Export to CSV' button sits on top of the filter menu. My screen is 1366x768." },
      { at: 7.5, by: 'kate', type: 'BUG' },
      { at: 7.5, by: 'kate', group: 'DEVELOPMENT' },
      {
        at: 7,
        by: 'kate',
        escalate: {
          title: "'Export to CSV' button covers the filter menu on small screens",
          stepsToReproduce: '1. Open Reports on a 1366x768 screen. 2. Open the filter menu.',
          expectedResult: 'The filter menu is fully visible and clickable.',
          actualResult: 'The export button overlaps the last two filters.',
          environment: 'Chrome 126, Windows 11, 1366x768',
          url: 'https://app.example.com/reports',
          usersAffected: 2,
          severity: 'LOW',
        },
      },
    ],
  },
  // #1017 and #1018: a bug engineering fixed; both customers were told by the announcer (E3).
  {
    subject: 'CSV import drops rows with accented names',
    customer: 'julia',
    steps: [
      { at: 80, customer: 'When I import our staff list, everyone with an accent in their name (José, Zoë) is missing.' },
      { at: 79, by: 'ben', claim: true },
      { at: 79, by: 'ben', type: 'BUG' },
      { at: 79, by: 'ben', group: 'DEVELOPMENT' },
      {
        at: 78.5,
        by: 'ben',
        escalate: {
          title: 'CSV import skips rows whose names have accents or umlauts',
          stepsToReproduce: '1. Save a CSV in UTF-8 with the names José, Zoë and Müller. 2. Import it under People > Import.',
          expectedResult: 'All three people are imported.',
          actualResult: 'Only the rows without accents arrive; the others are skipped without a message.',
          environment: 'Web app, any browser; files saved by Excel and by Google Sheets',
          usersAffected: 6,
          severity: 'HIGH',
        },
      },
      {
        at: 78,
        by: 'ben',
        reply:
          'Hi Julia, thanks for the clear description: I could reproduce it and passed it on to our engineers. Until it is fixed, the rows can be added by hand under People > Add. Shall I add the missing people for you?',
      },
      { at: 75, by: 'sam', assignBug: 'sam' },
      { at: 75, by: 'sam', bugStatus: 'ACKNOWLEDGED' },
      { at: 50, by: 'sam', bugStatus: 'IN_PROGRESS' },
    ],
  },
  {
    subject: 'Import skips Müller and Groß',
    customer: 'tom',
    steps: [
      { at: 60, customer: 'Our CSV import leaves out Herr Müller and Frau Groß. The other 210 rows are fine.' },
      { at: 59, by: 'peyton', claim: true },
      { at: 59, by: 'peyton', type: 'BUG' },
      { at: 59, by: 'peyton', group: 'DEVELOPMENT' },
      { at: 59, by: 'peyton', linkTo: 1017, usersAffected: 1 },
      {
        at: 26,
        by: 'sam',
        markFixed:
          'Hi {{customer.firstName}}, good news: the CSV import now keeps names with accents and umlauts; the fix went live this morning. Could you run the import again and tell us whether every row arrives?',
      },
      { at: 26, announceFix: true },
      { at: 20, customer: 'Works perfectly now, all 212 rows imported. Thank you!' },
      { at: 19, by: 'peyton', close: true },
    ],
  },
];

/** How bad a bug is; the meaning is shown next to each choice in the escalation form. */
export const BugSeverity = { CRITICAL: 'CRITICAL', HIGH: 'HIGH', MEDIUM: 'MEDIUM', LOW: 'LOW' } as const;
export type BugSeverity = (typeof BugSeverity)[keyof typeof BugSeverity];

/** Most severe first: the engineering queue's first key. */
export const BUG_SEVERITIES: readonly BugSeverity[] = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'];

export const bugSeverityLabel: Record<BugSeverity, string> = { CRITICAL: 'Critical', HIGH: 'High', MEDIUM: 'Medium', LOW: 'Low' };

/** The one-line meaning of each severity (E1: the agent chooses it with the customer's words in mind). */
export const bugSeverityMeaning: Record<BugSeverity, string> = {
  CRITICAL: 'Customers cannot use the product or are losing data, and there is no way around it.',
  HIGH: 'An important feature is broken for many customers; a workaround is painful or missing.',
  MEDIUM: 'Something is broken but there is a reasonable workaround.',
  LOW: 'Cosmetic or minor: wrong text, layout glitches, rare edge cases.',
};

/** Where a bug stands. FIXED comes only from markBugFixed (E3), DUPLICATE only from mergeBugs. */
export const BugStatus = {
  NEW: 'NEW',
  ACKNOWLEDGED: 'ACKNOWLEDGED',
  IN_PROGRESS: 'IN_PROGRESS',
  NEEDS_INFO: 'NEEDS_INFO',
  FIXED: 'FIXED',
  WONT_FIX: 'WONT_FIX',
  DUPLICATE: 'DUPLICATE',
} as const;
export type BugStatus = (typeof BugStatus)[keyof typeof BugStatus];

export const bugStatusLabel: Record<BugStatus, string> = {
  NEW: 'New',
  ACKNOWLEDGED: 'Acknowledged',
  IN_PROGRESS: 'In progress',
  NEEDS_INFO: 'Needs info',
  FIXED: 'Fixed',
  WONT_FIX: "Won't fix",
  DUPLICATE: 'Duplicate',
};

/** Statuses of a bug engineering still works on (shown as open, offered as similar). */
export const OPEN_BUG_STATUSES: readonly BugStatus[] = ['NEW', 'ACKNOWLEDGED', 'IN_PROGRESS', 'NEEDS_INFO'];

/** "BUG-12". */
export function bugReference(number: number): string {
  return `BUG-${number}`;
}

/** What happened to a bug, in its own timeline. */
export const BugEventKind = {
  CREATED: 'CREATED',
  UPDATED: 'UPDATED',
  STATUS_SET: 'STATUS_SET',
  SEVERITY_SET: 'SEVERITY_SET',
  ASSIGNED: 'ASSIGNED',
  QUESTION_ASKED: 'QUESTION_ASKED',
  TICKET_LINKED: 'TICKET_LINKED',
  TICKET_UNLINKED: 'TICKET_UNLINKED',
  MERGED_INTO: 'MERGED_INTO',
  MERGED_FROM: 'MERGED_FROM',
  FIX_ANNOUNCED: 'FIX_ANNOUNCED',
} as const;
export type BugEventKind = (typeof BugEventKind)[keyof typeof BugEventKind];

export interface BugEventData {
  status?: BugStatus;
  severity?: BugSeverity;
  engineerName?: string | null;
  question?: string;
  ticketNumber?: number;
  otherBugNumber?: number;
  /** FIX_ANNOUNCED: how many tickets are told. */
  tickets?: number;
  fields?: string[];
}

/** The sentence of a bug's timeline entry; `actor` is who did it. */
export function describeBugEvent(kind: BugEventKind, data: BugEventData, actor: string): string {
  switch (kind) {
    case 'CREATED':
      return `${actor} escalated the bug${data.ticketNumber ? ` from ticket #${data.ticketNumber}` : ''}`;
    case 'UPDATED':
      return `${actor} edited ${data.fields?.length ? data.fields.join(', ') : 'the bug'}`;
    case 'STATUS_SET':
      return `${actor} set the status to ${bugStatusLabel[data.status ?? 'NEW']}`;
    case 'SEVERITY_SET':
      return `${actor} set the severity to ${bugSeverityLabel[data.severity ?? 'MEDIUM']}`;
    case 'ASSIGNED':
      return data.engineerName ? `${actor} assigned the bug to ${data.engineerName}` : `${actor} unassigned the bug`;
    case 'QUESTION_ASKED':
      return `${actor} asked for more information: “${data.question ?? ''}”`;
    case 'TICKET_LINKED':
      return `${actor} linked ticket #${data.ticketNumber ?? '?'}`;
    case 'TICKET_UNLINKED':
      return `${actor} unlinked ticket #${data.ticketNumber ?? '?'}`;
    case 'MERGED_INTO':
      return `${actor} marked this bug a duplicate of ${bugReference(data.otherBugNumber ?? 0)}; its tickets moved there`;
    case 'MERGED_FROM':
      return `${actor} merged ${bugReference(data.otherBugNumber ?? 0)} into this bug`;
    case 'FIX_ANNOUNCED':
      return `${actor} marked the bug fixed and told the customers of ${data.tickets ?? 0} ticket${data.tickets === 1 ? '' : 's'}`;
  }
}

/** S1: placeholders a saved reply may use, with what they stand for. */
export const PLACEHOLDERS = {
  'customer.firstName': "The customer's first name",
  'customer.name': "The customer's full name",
  'customer.company': "The customer's company (empty when unknown)",
  'agent.firstName': 'Your first name',
  'agent.name': 'Your full name',
  'ticket.number': 'The ticket number, e.g. 1042',
  'ticket.subject': "The ticket's subject",
} as const;
export type Placeholder = keyof typeof PLACEHOLDERS;

const PLACEHOLDER_PATTERN = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** Placeholders written in a text that do not exist (a typo would reach the customer verbatim). */
export function unknownPlaceholders(body: string): string[] {
  const unknown = new Set<string>();
  for (const match of body.matchAll(PLACEHOLDER_PATTERN)) {
    if (!(match[1]! in PLACEHOLDERS)) unknown.add(match[1]!);
  }
  return [...unknown];
}

export interface PlaceholderValues {
  customer: { name: string; company: string | null };
  agent: { name: string };
  ticket: { number: number; subject: string };
}

function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? '';
}

/** The text with every known placeholder filled in; unknown ones stay as written. */
export function renderPlaceholders(body: string, values: PlaceholderValues): string {
  const filled: Record<Placeholder, string> = {
    'customer.firstName': firstName(values.customer.name),
    'customer.name': values.customer.name,
    'customer.company': values.customer.company ?? '',
    'agent.firstName': firstName(values.agent.name),
    'agent.name': values.agent.name,
    'ticket.number': String(values.ticket.number),
    'ticket.subject': values.ticket.subject,
  };
  return body.replace(PLACEHOLDER_PATTERN, (whole, key: string) => (key in filled ? filled[key as Placeholder] : whole));
}

/** Escapes text for HTML (mail bodies and the customer pages). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Plain text as HTML paragraphs, line breaks kept. */
export function textToHtml(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, '<br>')}</p>`)
    .join('\n');
}

/** "[#1042] Subject", or "Re: [#1042] Subject" for an answer. */
export function ticketSubject(number: number, subject: string, isReply: boolean): string {
  const base = `[#${number}] ${subject.replace(/^(re|fwd?|aw)\s*:\s*/i, '')}`;
  return isReply ? `Re: ${base}` : base;
}

/** support@example.com + ref -> support+ref@example.com */
export function plusAddress(address: string, ref: string): string {
  const [local, domain] = address.split('@');
  return `${local}+${ref}@${domain}`;
}

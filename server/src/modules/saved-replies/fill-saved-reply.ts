import { renderPlaceholders } from '@tandem/shared';
import type { EntityManager } from 'typeorm';
import { isUuid } from '../../db/errors.js';

/**
 * S1: an active saved reply with its placeholders filled for one ticket, signed by `agentName`;
 * null when it is not in the library (or the ticket does not exist).
 */
export async function fillSavedReply(db: EntityManager, savedReplyId: string, ticketId: string, agentName: string): Promise<string | null> {
  if (!isUuid(savedReplyId) || !isUuid(ticketId)) return null;
  const [row] = await db.query(
    `SELECT s.body, t.number, t.subject, c.name, c.company
       FROM saved_reply s, ticket t JOIN customer c ON c.id = t.customer_id
      WHERE s.id = $1 AND s.status = 'ACTIVE' AND t.id = $2`,
    [savedReplyId, ticketId],
  );
  if (!row) return null;
  return renderPlaceholders(row.body, {
    customer: { name: row.name, company: row.company },
    agent: { name: agentName },
    ticket: { number: row.number, subject: row.subject },
  });
}

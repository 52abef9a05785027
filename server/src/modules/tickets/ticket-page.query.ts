import type { DataSource } from 'typeorm';
import type { Clock } from '../../clock.js';
import type { Loaders } from '../../common/app-services.js';
import { DomainError } from '../../common/domain-error.js';
import { columnList, jsonColumns, rowReader } from '../../common/raw-rows.js';
import { isUuid } from '../../db/errors.js';
import { preparedQuery } from '../../db/prepared.js';
import { Customer } from '../customers/customer.entity.js';
import { Draft } from '../drafts/draft.entity.js';
import { REPLY_MAILED_AT_SQL } from '../follow-ups/timer-planner.js';
import { Attachment } from '../mail/mail.types.js';
import type { OutboxRow } from '../mail/outbox.service.js';
import { SavedReply } from '../saved-replies/saved-reply.entity.js';
import { TeamSettings } from '../settings/team-settings.entity.js';
import { BugLinkRows } from '../escalations/bug-link-rows.js';
import { AskRows } from '../feature-requests/ask-rows.js';
import { User } from '../users/user.entity.js';
import { TicketMessage } from './ticket-message.entity.js';
import { PRESENCE_WINDOW_MS } from './ticket-presence.service.js';
import { Ticket } from './ticket.entity.js';

type Row = Record<string, unknown>;

/**
 * The ticket page in one statement: the ticket with what its header, checklist and sidebar show
 * (customer, team settings, viewers, drafts, saved replies used, the people named anywhere on it,
 * when the last reply was mailed) and its conversation
 * with each message's attachments and mail. It fills the request's loaders, so the fields resolve
 * without asking the database again.
 */
export class TicketPageQuery {
  private readonly read;
  private readonly ticketColumns: string;
  private readonly personJson: string;
  private readonly bugLinks: BugLinkRows;
  private readonly asks: AskRows;

  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
  ) {
    this.read = {
      ticket: rowReader(db, Ticket),
      customer: rowReader(db, Customer),
      settings: rowReader(db, TeamSettings),
      draft: rowReader(db, Draft),
      message: rowReader(db, TicketMessage),
      savedReply: rowReader(db, SavedReply),
      user: rowReader(db, User),
    };
    this.ticketColumns = columnList(db, Ticket, 't');
    this.personJson = jsonColumns(db, User, 'u');
    this.bugLinks = new BugLinkRows(db);
    this.asks = new AskRows(db);
  }

  async load(id: string, loaders: Loaders): Promise<Ticket> {
    if (!isUuid(id)) throw new DomainError('NOT_FOUND', 'There is no such ticket.');
    const since = new Date(this.clock.now().getTime() - PRESENCE_WINDOW_MS);
    // Planned once per connection (the statement is the same for every ticket).
    const [row] = await preparedQuery<Row>(
      this.db,
      `SELECT ${this.ticketColumns}, to_jsonb(c) AS customer_row, (SELECT to_jsonb(s) FROM team_settings s) AS settings_row,
              ARRAY(SELECT p.user_id FROM ticket_presence p WHERE p.ticket_id = t.id AND p.seen_at > $2 ORDER BY p.seen_at) AS viewer_ids,
              (SELECT max(m.id)::text FROM ticket_message m WHERE m.ticket_id = t.id AND m.kind IN ('CUSTOMER','REPLY')) AS latest_message_id,
              (SELECT coalesce(jsonb_agg(to_jsonb(d) ORDER BY d.created_at, d.id), '[]'::jsonb) FROM ticket_draft d WHERE d.ticket_id = t.id) AS drafts,
              ${REPLY_MAILED_AT_SQL.value} AS reply_mailed_at,
              ${this.bugLinks.column('t.id')} AS bug_link,
              ${this.asks.column('t.id')} AS asks,
              (SELECT coalesce(jsonb_agg(${this.personJson}), '[]'::jsonb) FROM app_user u
                WHERE u.id IN (SELECT t.assignee_id UNION SELECT t.assigned_by_id
                               UNION SELECT unnest(ARRAY[m.author_id, m.approved_by_id] || m.mentions) FROM ticket_message m WHERE m.ticket_id = t.id
                               UNION SELECT unnest(ARRAY[d.author_id, d.reviewer_id, d.reviewed_by_id]) FROM ticket_draft d WHERE d.ticket_id = t.id
                               UNION SELECT p.user_id FROM ticket_presence p WHERE p.ticket_id = t.id AND p.seen_at > $2)) AS people,
              (SELECT coalesce(jsonb_agg(to_jsonb(sr)), '[]'::jsonb) FROM saved_reply sr
                WHERE sr.id IN (SELECT saved_reply_id FROM ticket_message WHERE ticket_id = t.id
                                UNION SELECT saved_reply_id FROM ticket_draft WHERE ticket_id = t.id)) AS saved_replies,
              (SELECT coalesce(jsonb_agg(to_jsonb(m) || jsonb_build_object(
                        'attachments', (SELECT coalesce(jsonb_agg(jsonb_build_object('id', a.id, 'filename', a.filename,
                                          'content_type', a.content_type, 'size_bytes', a.size_bytes) ORDER BY a.created_at, a.id), '[]'::jsonb)
                                          FROM message_attachment a WHERE a.message_id = m.id),
                        'mail', (SELECT to_jsonb(o) || jsonb_build_object('ticket_number', t.number, 'mail_ref', t.mail_ref)
                                   FROM outbox_mail o WHERE o.message_id = m.id ORDER BY o.created_at DESC LIMIT 1))
                      ORDER BY m.id), '[]'::jsonb)
                 FROM ticket_message m WHERE m.ticket_id = t.id) AS messages
         FROM ticket t JOIN customer c ON c.id = t.customer_id ${REPLY_MAILED_AT_SQL.joins}
        WHERE t.id = $1`,
      [id, since],
    );
    if (!row) throw new DomainError('NOT_FOUND', 'There is no such ticket.');
    const ticket = this.read.ticket(row);
    loaders.ticketById.prime(ticket.id, ticket);
    loaders.customerById.prime(ticket.customerId, this.read.customer(row.customer_row as Row));
    loaders.settings.prime(this.read.settings(row.settings_row as Row));
    loaders.viewerIdsByTicketId.prime(ticket.id, row.viewer_ids as string[]);
    loaders.latestMessageIdByTicketId.prime(ticket.id, (row.latest_message_id as string | null) ?? null);
    for (const person of (row.people as Row[]).map(this.read.user)) loaders.userById.prime(person.id, person);
    for (const reply of (row.saved_replies as Row[]).map(this.read.savedReply)) loaders.savedReplyById.prime(reply.id, reply);
    this.bugLinks.prime(loaders, ticket.id, row.bug_link);
    this.asks.prime(loaders, ticket.id, row.asks);
    loaders.draftsByTicketId.prime(ticket.id, (row.drafts as Row[]).map(this.read.draft));
    loaders.replyMailedAtByTicketId.prime(ticket.id, row.reply_mailed_at ? new Date(row.reply_mailed_at as string | Date) : null);
    const messages = row.messages as Row[];
    loaders.messagesByTicketId.prime(ticket.id, messages.map(this.read.message));
    for (const message of messages) {
      const messageId = String(message.id);
      loaders.attachmentsByMessageId.prime(messageId, (message.attachments as Row[]).map(toAttachment));
      loaders.mailByMessageId.prime(messageId, message.mail ? toOutboxRow(message.mail as Row) : null);
    }
    return ticket;
  }
}

function toAttachment(row: Row): Attachment {
  return Object.assign(new Attachment(), { id: row.id, filename: row.filename, contentType: row.content_type, sizeBytes: row.size_bytes });
}

/** An outbox row as `to_jsonb` wrote it, typed as the driver would give it. */
function toOutboxRow(row: Row): OutboxRow {
  const date = (value: unknown) => (value === null || value === undefined ? null : new Date(value as string));
  return {
    ...(row as unknown as OutboxRow),
    message_id: row.message_id === null ? null : String(row.message_id),
    next_attempt_at: date(row.next_attempt_at)!,
    sent_at: date(row.sent_at),
    created_at: date(row.created_at)!,
  };
}

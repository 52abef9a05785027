import {
  checkSavedReplyEditing,
  checkSavedReplyText,
  checkSuggestionDecision,
  keepsSavedReplyText,
  type SuggestionFacts,
} from '@tandem/shared';
import type { DataSource, EntityManager } from 'typeorm';
import type { Clock } from '../../clock.js';
import { decodeCursor, toConnection, type ConnectionShape } from '../../common/connection.js';
import type { Viewer } from '../../common/viewer.js';
import { DomainError, ensure } from '../../common/domain-error.js';
import { isUuid } from '../../db/errors.js';
import type { TicketStore } from '../tickets/ticket-store.js';
import type {
  AcceptSavedReplySuggestionInput,
  CreateSavedReplyInput,
  SavedRepliesFilter,
  UpdateSavedReplyInput,
} from './dto/saved-reply.inputs.js';
import { fillSavedReply } from './fill-saved-reply.js';
import { SavedReply } from './saved-reply.entity.js';

export class SavedReplyService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly tickets: TicketStore,
  ) {}

  async get(id: string, manager: EntityManager = this.db.manager): Promise<SavedReply> {
    const reply = isUuid(id) ? await manager.findOneBy(SavedReply, { id }) : null;
    if (!reply) throw new DomainError('NOT_FOUND', 'There is no such saved reply.');
    return reply;
  }

  findByIds(ids: readonly string[]): Promise<SavedReply[]> {
    const valid = ids.filter(isUuid);
    if (valid.length === 0) return Promise.resolve([]);
    return this.db.getRepository(SavedReply).createQueryBuilder('s').where('s.id = ANY(:ids)', { ids: valid }).getMany();
  }

  /** S1: the library, most used first; searched by words of the title and text (prefixes count). */
  async list(filter: SavedRepliesFilter, first: number, after: string | null | undefined): Promise<ConnectionShape<SavedReply>> {
    const qb = this.db
      .getRepository(SavedReply)
      .createQueryBuilder('s')
      .addSelect('lower(s.title)', 'sort_title')
      .where('s.status = :status', { status: filter.status });
    if (filter.category) qb.andWhere('s.category = :category', { category: filter.category });
    const words = filter.search?.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    if (words.length > 0) {
      qb.andWhere(`s.search @@ to_tsquery('simple', :query)`, { query: words.map((w) => `${w}:*`).join(' & ') });
    }
    if (after) {
      const [usage, title, id] = decodeCursor(after, ['int', 'string', 'uuid']);
      qb.andWhere('(s.usage_count < :usage OR (s.usage_count = :usage AND (lower(s.title), s.id) > (:title, :id)))', { usage, title, id });
    }
    const rows = await qb
      .orderBy('s.usage_count', 'DESC')
      .addOrderBy('sort_title', 'ASC')
      .addOrderBy('s.id', 'ASC')
      .limit(first + 1)
      .getMany();
    return toConnection(rows, first, (s) => [s.usageCount, s.title.toLowerCase(), s.id]);
  }

  /**
   * The saved reply an answer starts from (W3, S2), if it is in the library and the answer still
   * keeps its words; a reply rewritten from scratch is novel (W6) whatever was inserted.
   */
  async activeSavedReplyId(tx: EntityManager, savedReplyId: string | null | undefined, body: string): Promise<string | null> {
    if (!savedReplyId) return null;
    const [row] = isUuid(savedReplyId)
      ? await tx.query(`SELECT id, body FROM saved_reply WHERE id = $1 AND status = 'ACTIVE'`, [savedReplyId])
      : [];
    if (!row) throw new DomainError('NOT_FOUND', 'That saved reply is no longer in the library.');
    return keepsSavedReplyText(body, row.body) ? row.id : null;
  }

  /** S2: a reply that started from the saved reply went out (in the transaction that sends it). */
  async countUse(tx: EntityManager, savedReplyId: string): Promise<void> {
    await tx.query(`UPDATE saved_reply SET usage_count = usage_count + 1 WHERE id = $1`, [savedReplyId]);
  }

  /** S1: the saved reply with its placeholders filled for this ticket and the viewer as agent. */
  async render(viewer: Viewer, savedReplyId: string, ticketId: string): Promise<string> {
    await this.tickets.get(ticketId);
    const text = await fillSavedReply(this.db.manager, savedReplyId, ticketId, viewer.name);
    if (text === null) throw new DomainError('NOT_FOUND', 'That saved reply is no longer in the library.');
    return text;
  }

  async create(viewer: Viewer, input: CreateSavedReplyInput): Promise<SavedReply> {
    ensure(checkSavedReplyEditing(viewer));
    ensure(checkSavedReplyText(input.title, input.body));
    const now = this.clock.now();
    const [row] = await this.db.query(
      `INSERT INTO saved_reply (title, body, category, created_by_id, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $5) RETURNING id`,
      [input.title.trim(), input.body.trim(), input.category, viewer.id, now],
    );
    return this.get(row.id);
  }

  async update(viewer: Viewer, input: UpdateSavedReplyInput): Promise<SavedReply> {
    ensure(checkSavedReplyEditing(viewer));
    const current = await this.get(input.id);
    const title = input.title?.trim() ?? current.title;
    const body = input.body?.trim() ?? current.body;
    ensure(checkSavedReplyText(title, body));
    const [, updated] = await this.db.query(
      `UPDATE saved_reply SET title = $3, body = $4, category = $5, updated_at = $6, version = version + 1
        WHERE id = $1 AND version = $2`,
      [current.id, input.version, title, body, input.category ?? current.category, this.clock.now()],
    );
    if (updated === 0) throw new DomainError('STALE_DATA', 'Someone changed this saved reply in the meantime. Reload and try again.');
    return this.get(current.id);
  }

  async archive(viewer: Viewer, id: string): Promise<SavedReply> {
    ensure(checkSavedReplyEditing(viewer));
    const current = await this.get(id);
    if (current.status !== 'ACTIVE') throw new DomainError('BAD_USER_INPUT', 'Only saved replies in the library can be archived.');
    await this.db.query(`UPDATE saved_reply SET status = 'ARCHIVED', updated_at = $2, version = version + 1 WHERE id = $1`, [
      current.id,
      this.clock.now(),
    ]);
    return this.get(current.id);
  }

  async suggestionFacts(reply: SavedReply, manager: EntityManager = this.db.manager): Promise<SuggestionFacts> {
    const [suggester] = reply.suggestedById
      ? await manager.query(`SELECT trainer_id FROM app_user WHERE id = $1`, [reply.suggestedById])
      : [];
    return { status: reply.status, suggestedById: reply.suggestedById, suggesterTrainerId: suggester?.trainer_id ?? null };
  }

  /** T3/S2: a suggestion joins the library, optionally improved; decided once. */
  async accept(viewer: Viewer, input: AcceptSavedReplySuggestionInput): Promise<SavedReply> {
    return this.decide(viewer, input.id, 'ACTIVE', async (current) => {
      const title = input.title?.trim() ?? current.title;
      const body = input.body?.trim() ?? current.body;
      ensure(checkSavedReplyText(title, body));
      return { title, body, category: input.category ?? current.category };
    });
  }

  async decline(viewer: Viewer, id: string): Promise<SavedReply> {
    return this.decide(viewer, id, 'DECLINED', async (current) => ({
      title: current.title,
      body: current.body,
      category: current.category,
    }));
  }

  private async decide(
    viewer: Viewer,
    id: string,
    status: 'ACTIVE' | 'DECLINED',
    fields: (current: SavedReply) => Promise<Pick<SavedReply, 'title' | 'body' | 'category'>>,
  ): Promise<SavedReply> {
    return this.db.transaction(async (tx) => {
      const current = await this.get(id, tx);
      ensure(checkSuggestionDecision(viewer, await this.suggestionFacts(current, tx)));
      const { title, body, category } = await fields(current);
      const [, decided] = await tx.query(
        `UPDATE saved_reply SET status = $2, title = $3, body = $4, category = $5, decided_by_id = $6, updated_at = $7, version = version + 1
          WHERE id = $1 AND status = 'SUGGESTED'`,
        [current.id, status, title, body, category, viewer.id, this.clock.now()],
      );
      if (decided === 0) throw new DomainError('BAD_USER_INPUT', 'Someone decided on this suggestion already.');
      return this.get(current.id, tx);
    });
  }
}

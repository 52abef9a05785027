import {
  buildTrainingChain,
  LIMITS,
  trainingRecordSummary,
  type TrainingFeedback,
  type TrainingLinkRecord,
  type TrainingStatus,
} from '@tandem/shared';
import type { DataSource } from 'typeorm';
import type { Clock } from '../../clock.js';
import type { Loaders } from '../../common/app-services.js';
import { DomainError } from '../../common/domain-error.js';
import { jsonColumns, rowReader } from '../../common/raw-rows.js';
import { isUuid } from '../../db/errors.js';
import { User } from '../users/user.entity.js';
import type { TrainingChain, TrainingRecord } from './training.types.js';

interface LinkRow {
  trainee_id: string;
  trainer_id: string;
  started_at: string;
  ended_at: string | null;
  graduated_at: string | null;
  graduated_by_id: string | null;
  note: string | null;
}

const toRecord = (l: LinkRow): TrainingLinkRecord => ({
  traineeId: l.trainee_id,
  trainerId: l.trainer_id,
  startedAt: l.started_at,
  endedAt: l.ended_at,
  graduatedAt: l.graduated_at,
  note: l.note,
});

/**
 * A person's latest training: their latest link and the links before it that ended only because the
 * trainer changed (one training, several trainers), back to their previous graduation.
 */
function latestTraining(links: readonly LinkRow[]): LinkRow[] {
  const sorted = [...links].sort((a, b) => Date.parse(a.started_at) - Date.parse(b.started_at));
  const open = sorted.findIndex((l) => l.ended_at === null);
  const last = open >= 0 ? open : sorted.length - 1;
  let first = last;
  while (first > 0 && sorted[first - 1]!.graduated_at === null) first--;
  return sorted.slice(first, last + 1);
}

/** The training chain (T4) and a trainee's record, each read in a constant number of statements. */
export class TrainingChainQuery {
  private readonly readUser: (row: Record<string, unknown>) => User;
  private readonly userJson: string;
  private readonly trainerJson: string;
  private readonly byJson: string;

  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
  ) {
    this.readUser = rowReader(db, User);
    this.userJson = jsonColumns(db, User, 'u');
    this.trainerJson = jsonColumns(db, User, 't');
    this.byJson = jsonColumns(db, User, 'g');
  }

  /** Every link with everyone in them, in one statement; the people go to the request's loaders. */
  async chain(loaders: Loaders): Promise<TrainingChain> {
    const [row]: { links: LinkRow[]; people: Record<string, unknown>[] }[] = await this.db.query(
      `SELECT coalesce((SELECT jsonb_agg(to_jsonb(l) ORDER BY l.started_at, l.id) FROM training_link l), '[]') AS links,
              coalesce((SELECT jsonb_agg(${this.userJson}) FROM app_user u
                         WHERE u.id IN (SELECT trainee_id FROM training_link UNION SELECT trainer_id FROM training_link)), '[]') AS people`,
    );
    const people = row!.people.map((p) => this.readUser(p));
    for (const person of people) loaders.userById.prime(person.id, person);
    const chain = buildTrainingChain(row!.links.map(toRecord), people);
    return {
      links: row!.links.map((l) => ({ traineeId: l.trainee_id, trainerId: l.trainer_id })),
      nodes: chain.nodes.map((node) => ({
        id: node.person.id,
        depth: node.depth,
        status: node.training?.status ?? null,
        startedAt: node.training?.startedAt ?? null,
        endedAt: node.training?.endedAt ?? null,
        graduatedAt: node.training?.graduatedAt ?? null,
        trainedCount: node.trained.length,
        trainerId: node.training?.trainer.id ?? null,
        currentTraineeIds: node.currentTrainees.map((p) => p.id),
      })),
    };
  }

  /**
   * The links of one person (their trainers, for the access rule) and the person and their trainers,
   * primed, in one statement. NOT_FOUND for nobody.
   */
  async traineeLinks(traineeId: string, loaders: Loaders): Promise<{ trainee: User; links: LinkRow[] }> {
    if (!isUuid(traineeId)) throw new DomainError('NOT_FOUND', 'There is no such person on the team.');
    const rows: {
      person: Record<string, unknown>;
      link: LinkRow | null;
      trainer: Record<string, unknown> | null;
      by: Record<string, unknown> | null;
    }[] = await this.db.query(
      `SELECT ${this.userJson} AS person, to_jsonb(l) AS link, ${this.trainerJson} AS trainer, ${this.byJson} AS by
           FROM app_user u LEFT JOIN training_link l ON l.trainee_id = u.id
           LEFT JOIN app_user t ON t.id = l.trainer_id LEFT JOIN app_user g ON g.id = l.graduated_by_id
          WHERE u.id = $1`,
      [traineeId],
    );
    if (rows.length === 0) throw new DomainError('NOT_FOUND', 'There is no such person on the team.');
    const trainee = this.readUser(rows[0]!.person);
    loaders.userById.prime(trainee.id, trainee);
    // The record names its trainers and who graduated them: read with it.
    for (const row of rows) {
      for (const other of [row.trainer, row.by]) {
        if (other?.id) loaders.userById.prime(String(other.id), this.readUser(other));
      }
    }
    return { trainee, links: rows.flatMap((r) => (r.link ? [r.link] : [])) };
  }

  /** T4: the record of the person's latest training from the drafts tables (one statement); null when they never trained. */
  async record(links: readonly LinkRow[]): Promise<TrainingRecord | null> {
    if (links.length === 0) return null;
    const training = latestTraining(links);
    const first = training[0]!;
    const last = training.at(-1)!;
    const [counts]: {
      submitted: number;
      as_written: number;
      with_edits: number;
      changes: number;
      pending: number;
      feedback: { feedback: string; reviewed_at: string; reviewer_name: string; ticket_number: number | null }[];
    }[] = await this.db.query(
      `WITH drafts AS (
         SELECT d.* FROM ticket_draft d
          WHERE d.author_id = $1 AND d.reason = 'TRAINEE' AND d.created_at >= $2 AND ($3::timestamptz IS NULL OR d.created_at <= $3))
       SELECT count(*)::int AS submitted,
              count(*) FILTER (WHERE d.status = 'APPROVED' AND m.body = d.body)::int AS as_written,
              count(*) FILTER (WHERE d.status = 'APPROVED' AND m.body IS DISTINCT FROM d.body)::int AS with_edits,
              count(*) FILTER (WHERE d.status = 'CHANGES_REQUESTED')::int AS changes,
              count(*) FILTER (WHERE d.status = 'PENDING')::int AS pending,
              coalesce((SELECT jsonb_agg(f) FROM (
                SELECT f.feedback, f.reviewed_at, r.name AS reviewer_name, t.number AS ticket_number
                  FROM drafts f JOIN app_user r ON r.id = f.reviewed_by_id JOIN ticket t ON t.id = f.ticket_id
                 WHERE f.feedback IS NOT NULL ORDER BY f.reviewed_at DESC LIMIT $4) f), '[]') AS feedback
         FROM drafts d LEFT JOIN ticket_message m ON m.draft_id = d.id`,
      [last.trainee_id, first.started_at, last.ended_at, LIMITS.training.recentFeedbackMax],
    );
    const feedback: TrainingFeedback[] = counts!.feedback.map((f) => ({
      feedback: f.feedback,
      reviewedAt: f.reviewed_at,
      reviewerName: f.reviewer_name,
      ticketNumber: f.ticket_number,
    }));
    const summary = trainingRecordSummary(
      {
        startedAt: first.started_at,
        endedAt: last.ended_at,
        draftsSubmitted: counts!.submitted,
        approvedAsWritten: counts!.as_written,
        approvedWithEdits: counts!.with_edits,
        changesRequested: counts!.changes,
        pending: counts!.pending,
        feedback,
      },
      this.clock.now(),
    );
    const status: TrainingStatus = last.ended_at === null ? 'IN_TRAINING' : last.graduated_at ? 'GRADUATED' : 'ENDED';
    return {
      id: last.trainee_id,
      traineeId: last.trainee_id,
      trainerId: last.trainer_id,
      graduatedById: last.graduated_by_id,
      status,
      startedAt: new Date(first.started_at),
      graduatedAt: last.graduated_at ? new Date(last.graduated_at) : null,
      note: last.note,
      ...summary,
      recentFeedback: summary.recentFeedback.map((f) => ({ ...f, reviewedAt: new Date(f.reviewedAt) })),
    };
  }
}

import nodemailer from 'nodemailer';
import type { DataSource, EntityManager } from 'typeorm';
import { ManualClock } from '../../clock.js';
import type { AppServices } from '../../common/app-services.js';
import type { Viewer } from '../../common/viewer.js';
import type { Config } from '../../config.js';
import type { JobQueue } from '../../jobs/job-queue.js';
import type { Logger } from '../../logger.js';
import { OutboxWorker } from '../../modules/mail/outbox-worker.js';
import type { UpdateTeamSettingsInput } from '../../modules/settings/dto/update-team-settings.input.js';
import { createServices } from '../../services.js';
import { withAdvisoryLock } from '../data-source.js';
import { DEMO_CUSTOMERS, DEMO_PASSWORD, DEMO_SAVED_REPLIES, DEMO_USERS, STARTER_USAGE } from './demo-team.js';
import { askQuoteFrom, latestReportDue, reportPeriodEndingAt, type AskImportance } from '@tandem/shared';
import { DEMO_FEATURE_REQUESTS, DEMO_FEATURE_TICKETS } from './demo-feature-requests.js';
import { DEMO_TICKETS, type DemoStep, type DemoTicket } from './demo-tickets.js';
import { playTrainingChain } from './demo-training.js';

export { DEMO_PASSWORD, DEMO_USERS } from './demo-team.js';

const DEMO_SEED_LOCK = 7_317_002;
const HOUR = 3600_000;

/**
 * Seeds the demo team on the first start of an empty database, once: a marker in app_meta
 * records it, and an advisory lock keeps two starting instances from seeding twice. Everything
 * happens in one transaction (a crash leaves no half demo), through the same commands people's
 * clicks run, each at its hour on a clock of the seed's own.
 */
export async function seedDemo(db: DataSource, config: Config, now: Date, log: Logger): Promise<boolean> {
  return withAdvisoryLock(db, DEMO_SEED_LOCK, () =>
    db.transaction(async (tx) => {
      const [marker] = await tx.query(`SELECT 1 FROM app_meta WHERE key = 'demo_seeded_at'`);
      if (marker) return false;
      const [{ count }] = await tx.query(`SELECT count(*)::int AS count FROM app_user`);
      if (count > 0) {
        log.info('the database already has a team; not adding the demo team');
        return false;
      }
      await new DemoStory(tx, config, now, log).play();
      await tx.query(`INSERT INTO app_meta (key, value) VALUES ('demo_seeded_at', $1)`, [now.toISOString()]);
      log.info('seeded the demo team');
      return true;
    }),
  );
}

/** The data source as the commands see it, inside the seed's one transaction (theirs become savepoints). */
function withinTransaction(tx: EntityManager): DataSource {
  return new Proxy(tx.connection, {
    get(target, property, receiver) {
      if (property === 'manager') return tx;
      if (property === 'query' || property === 'transaction' || property === 'getRepository') return tx[property].bind(tx);
      if (property === 'createQueryRunner') throw new Error('The demo seed runs in one transaction.');
      return Reflect.get(target, property, receiver);
    },
  });
}

// The seed starts no background work; a command that would queue a job is a mistake in the story.
const NO_JOBS = new Proxy({} as JobQueue, {
  get: () => {
    throw new Error('The demo seed queues no jobs.');
  },
});

class DemoStory {
  private readonly clock: ManualClock;
  private readonly services: AppServices;
  /** Delivers the demo's replies when they were written, to nowhere: demo customers get no mail. */
  private readonly mail: OutboxWorker;
  private readonly people = new Map<string, Viewer>();
  private readonly savedReplyIds = new Map<string, string>();
  private readonly cardIds = new Map<string, string>();

  constructor(
    private readonly tx: EntityManager,
    config: Config,
    private readonly now: Date,
    log: Logger,
  ) {
    this.clock = new ManualClock(now);
    const db = withinTransaction(tx);
    this.services = createServices({ config, clock: this.clock, db, log, jobs: NO_JOBS });
    const { outbox, planner } = this.services;
    // Quiet: "mail sent" for mail that went nowhere would mislead whoever reads the start-up log.
    const quiet = log.child({}, { level: 'warn' });
    this.mail = new OutboxWorker(db, this.clock, config, outbox, planner, quiet, nodemailer.createTransport({ jsonTransport: true }));
  }

  private at(hoursAgo: number): void {
    this.clock.set(new Date(this.now.getTime() - hoursAgo * HOUR));
  }

  async play(): Promise<void> {
    await this.team();
    await this.featureRequests();
    for (const ticket of [...DEMO_TICKETS, ...DEMO_FEATURE_TICKETS]) await this.ticket(ticket);
    await this.productWork();
    // Usage a team would have given its saved replies before the demo's week (S1 ranks by it).
    for (const reply of DEMO_SAVED_REPLIES) {
      await this.tx.query(`UPDATE saved_reply SET usage_count = usage_count + $2 WHERE id = $1`, [
        this.savedReplyIds.get(reply.key),
        reply.uses,
      ]);
    }
    for (const [title, uses] of Object.entries(STARTER_USAGE)) {
      await this.tx.query(`UPDATE saved_reply SET usage_count = usage_count + $2 WHERE title = $1 AND status = 'ACTIVE'`, [title, uses]);
    }
  }

  private async team(): Promise<void> {
    const { users, savedReplies } = this.services;
    // The team and its library are older than the oldest demo ticket (four months); some joined
    // long before, to be trained one after another (the training chain, T4).
    for (const person of DEMO_USERS) {
      this.at(24 * (person.joinedDaysAgo ?? 150));
      const user = await users.create({
        name: person.name,
        email: person.email,
        password: DEMO_PASSWORD,
        roles: person.roles,
        timeZone: person.timeZone,
        workingHours: person.hours,
        trainerId: person.trainer ? this.people.get(person.trainer)!.id : null,
        canTrain: person.canTrain ?? false,
      });
      this.people.set(person.key, { ...user, roles: user.roles, sessionId: 'demo-seed' });
    }
    await playTrainingChain({ services: this.services, at: (hoursAgo) => this.at(hoursAgo), person: (key) => this.person(key) });
    // Each person as the chain left them (graduated, allowed to train) for the rest of the story.
    for (const [key, viewer] of this.people) {
      const user = await users.get(viewer.id);
      this.people.set(key, { ...user, roles: user.roles, sessionId: 'demo-seed' });
    }
    // Customers and their plans come from billing, not from a click in Tandem.
    this.at(24 * 160);
    for (const c of DEMO_CUSTOMERS) {
      await this.tx.query(
        `INSERT INTO customer (name, email, company, plan, monthly_revenue_cents, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $6)`,
        [c.name, c.email, c.company, c.plan, c.revenueCents, this.clock.now()],
      );
    }
    this.at(24 * 140);
    for (const reply of DEMO_SAVED_REPLIES) {
      const created = await savedReplies.create(this.person('peyton'), {
        title: reply.title,
        body: reply.body,
        category: reply.category as never,
      });
      this.savedReplyIds.set(reply.key, created.id);
    }
  }

  /** FR1: the cards product keeps, before any ticket of the demo asks for them. */
  private async featureRequests(): Promise<void> {
    const { featureLinker, settings } = this.services;
    this.at(24 * 140);
    const { version } = await settings.get(this.tx);
    await settings.update(this.person('peyton'), { version, timeZone: 'Europe/Berlin' } as UpdateTeamSettingsInput);
    for (const card of DEMO_FEATURE_REQUESTS) {
      this.at(card.createdAt);
      const { featureRequest } = await featureLinker.create(this.person(card.by), {
        title: card.title,
        description: card.description,
        tag: card.tag,
        ask: null,
      });
      this.cardIds.set(card.key, featureRequest.id);
    }
  }

  /**
   * What product does once the asks are in: owners and statuses, the duplicate merged into Dark
   * mode, the report of the last period compiled on its date and published with a note (FR3), and
   * CSV export shipped, every customer who asked told once (FR4).
   */
  private async productWork(): Promise<void> {
    const { featureEditor, featureMerger, featureShipper, featureAnnouncer, featureRequests, featureReports, settings } = this.services;
    const priya = this.person('priya');
    const card = (key: string) => featureRequests.get(this.cardIds.get(key)!, this.tx);
    this.at(24 * 10);
    for (const demo of DEMO_FEATURE_REQUESTS) {
      if (!demo.owner && !demo.status) continue;
      const current = await card(demo.key);
      await featureEditor.update(priya, {
        id: current.id,
        version: current.version,
        ownerId: demo.owner ? this.person(demo.owner).id : undefined,
        status: demo.status ?? null,
      });
    }
    this.at(24 * 2);
    await featureMerger.merge(priya, this.cardIds.get('night-theme')!, this.cardIds.get('dark-mode')!);

    this.at(24 * 3);
    const csv = await card('csv-export');
    await featureShipper.markShipped(priya, {
      id: csv.id,
      message:
        'Hi {{customer.firstName}}, good news: you can now export the results of any checklist to CSV from its Results tab (Export, then CSV). Could you try it with your next audit and tell us whether it has every column you need?',
    });
    // The announcer's background round, run now: each customer who asked gets their reply, mailed.
    await featureAnnouncer.announceDue();
    await this.mail.deliverDue();

    // FR3: the scheduled report of the period that ended last, compiled on its date and published that morning.
    const team = await settings.get(this.tx);
    const schedule = { dayOfMonth: team.featureReportDay, intervalMonths: team.featureReportIntervalMonths, timeZone: team.timeZone };
    const due = latestReportDue(this.now, schedule);
    const latest = this.now.getTime() - HOUR;
    this.clock.set(new Date(Math.min(due.getTime() + 60_000, latest)));
    // The story was played ticket by ticket, not in the order of time: the cards are counted as they
    // stood on the report's date for it, and as they stand today again afterwards.
    const everyCard = [...this.cardIds.values()];
    await featureRequests.refreshTally(this.tx, everyCard);
    const report = await featureReports.compile(this.tx, 'SCHEDULED', reportPeriodEndingAt(due, schedule), null);
    this.at(0);
    await featureRequests.refreshTally(this.tx, everyCard);
    this.clock.set(new Date(Math.min(due.getTime() + 10 * HOUR, latest + 30 * 60_000)));
    await featureReports.setNote(priya, report.id, this.cardIds.get('dark-mode')!, 'Planned for next quarter: design is under way.');
    await featureReports.setNote(priya, report.id, this.cardIds.get('offline')!, 'In progress: beta for iOS first.');
    await featureReports.publish(priya, report.id);
  }

  private async linkFeature(viewer: Viewer, ticketId: string, cardKey: string, importance: AskImportance): Promise<void> {
    const cardId = this.cardIds.get(cardKey);
    if (!cardId) throw new Error(`The demo has no feature request "${cardKey}".`);
    const [first] = await this.tx.query(
      `SELECT body FROM ticket_message WHERE ticket_id = $1 AND kind = 'CUSTOMER' ORDER BY created_at, id LIMIT 1`,
      [ticketId],
    );
    await this.services.featureLinker.link(viewer, { ticketId, featureRequestId: cardId, quote: askQuoteFrom(first.body), importance });
  }

  private person(key: string): Viewer {
    const viewer = this.people.get(key);
    if (!viewer) throw new Error(`The demo has nobody called "${key}".`);
    return viewer;
  }

  private async ticket(demo: DemoTicket): Promise<void> {
    const customer = DEMO_CUSTOMERS.find((c) => c.key === demo.customer)!;
    let ticketId: string | null = null;
    for (const step of demo.steps) {
      this.at(step.at);
      if ('customer' in step) {
        ticketId = await this.customerWrites(ticketId, customer, demo.subject, step.customer);
      } else if (!ticketId) {
        throw new Error(`"${demo.subject}": the customer writes first.`);
      } else {
        await this.staffStep(ticketId, step);
      }
    }
  }

  private async customerWrites(
    ticketId: string | null,
    customer: { name: string; email: string; company: string | null },
    subject: string,
    body: string,
  ) {
    const recorder = this.services.customerMessageRecorder;
    return this.tx.transaction(async (tx) => {
      if (!ticketId) return (await recorder.openFromCustomer(tx, customer, subject, { body, channel: 'EMAIL' })).ticketId;
      const [{ customer_id }] = await tx.query(`SELECT customer_id FROM ticket WHERE id = $1`, [ticketId]);
      await recorder.addCustomerMessage(tx, ticketId, customer_id, { body, channel: 'EMAIL' });
      return ticketId;
    });
  }

  private async staffStep(ticketId: string, step: Exclude<DemoStep, { customer: string }>): Promise<void> {
    const s = this.services;
    if ('customerSeesReply' in step) {
      const [reply] = await this.tx.query(`SELECT max(id) AS id FROM ticket_message WHERE ticket_id = $1 AND kind = 'REPLY'`, [ticketId]);
      return s.customerMessageRecorder.markReplySeen(ticketId, String(reply.id));
    }
    if ('announceFix' in step) {
      // The announcer's background round, run now: each linked ticket gets its reply, mailed.
      await s.fixAnnouncer.announceDue();
      await this.mail.deliverDue();
      return;
    }
    const viewer = this.person(step.by);
    if ('escalate' in step || 'linkTo' in step) return this.escalationStep(viewer, ticketId, step);
    if ('linkFeature' in step) return this.linkFeature(viewer, ticketId, step.linkFeature, step.importance);
    if ('assignBug' in step || 'bugStatus' in step || 'askForInfo' in step || 'markFixed' in step) {
      return this.bugStep(viewer, ticketId, step);
    }
    const seenMessageId = async () => (await s.ticketTimeline.latestMessageIds([ticketId])).get(ticketId)!;
    if ('claim' in step) await s.ticketClaimer.claim(viewer, ticketId);
    else if ('assign' in step) await s.ticketAssigner.assign(viewer, ticketId, this.person(step.assign).id);
    else if ('type' in step) await s.ticketTriager.setType(viewer, ticketId, step.type);
    else if ('group' in step) await s.ticketTriager.setGroup(viewer, ticketId, step.group);
    else if ('complex' in step) await s.ticketTriager.setComplex(viewer, ticketId, true);
    else if ('frustrated' in step) await s.ticketTriager.flagFrustrated(viewer, ticketId, true);
    else if ('note' in step) {
      await s.noteAdder.addNote(viewer, { ticketId, body: step.note, mentionIds: step.mentions?.map((key) => this.person(key).id) ?? [] });
    } else if ('reply' in step) {
      const savedReplyId = step.savedReply ? this.savedReplyIds.get(step.savedReply) : null;
      await s.ticketReplier.reply(viewer, { ticketId, body: step.reply, savedReplyId, seenMessageId: await seenMessageId() });
      await this.mail.deliverDue();
    } else if ('draft' in step) {
      await s.drafts.submit(viewer, {
        ticketId,
        body: step.draft,
        savedReplyId: step.savedReply ? this.savedReplyIds.get(step.savedReply) : null,
        suggestAsSavedReply: Boolean(step.suggestTitle),
        suggestedTitle: step.suggestTitle ?? null,
        seenMessageId: await seenMessageId(),
      });
    } else if ('approveDraft' in step) {
      const [draft] = await this.tx.query(`SELECT id FROM ticket_draft WHERE ticket_id = $1 AND status = 'PENDING'`, [ticketId]);
      await s.drafts.approve(viewer, { draftId: draft.id, seenMessageId: await seenMessageId() });
      await this.mail.deliverDue();
    } else if ('close' in step) await s.ticketCloser.close(viewer, ticketId);
  }

  /** E1 and E3 as an agent clicks them: a new bug from the ticket, or the ticket joins another ticket's bug. */
  private async escalationStep(viewer: Viewer, ticketId: string, step: DemoStep): Promise<void> {
    const { bugEscalator } = this.services;
    if ('escalate' in step) {
      await bugEscalator.escalate(viewer, { ticketId, ...step.escalate });
    } else if ('linkTo' in step) {
      const bugId = await this.bugOf(step.linkTo);
      await bugEscalator.link(viewer, { ticketId, bugId, usersAffected: step.usersAffected, tellFixed: false });
    }
  }

  /** What engineering does on the bug of this ticket, at the version it sees. */
  private async bugStep(viewer: Viewer, ticketId: string, step: DemoStep): Promise<void> {
    const { bugEditor, bugFixer, bugs } = this.services;
    const link = await bugs.linkOf(this.tx, ticketId);
    if (!link) throw new Error(`Ticket ${ticketId} has no bug for engineering to work on.`);
    const bug = await bugs.get(link.bugId, this.tx);
    if ('assignBug' in step) await bugEditor.assign(viewer, bug.id, this.person(step.assignBug).id, bug.version);
    else if ('bugStatus' in step) await bugEditor.setStatus(viewer, { id: bug.id, version: bug.version, status: step.bugStatus });
    else if ('askForInfo' in step) await bugEditor.askForInfo(viewer, bug.id, step.askForInfo, bug.version);
    else if ('markFixed' in step) await bugFixer.markFixed(viewer, { id: bug.id, message: step.markFixed });
  }

  private async bugOf(ticketNumber: number): Promise<string> {
    const [link] = await this.tx.query(`SELECT l.bug_id FROM ticket_bug_link l JOIN ticket t ON t.id = l.ticket_id WHERE t.number = $1`, [
      ticketNumber,
    ]);
    if (!link) throw new Error(`Demo ticket #${ticketNumber} has no bug to link to (escalate it first).`);
    return link.bug_id;
  }
}

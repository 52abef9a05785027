import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Connection } from '../../common/connection.js';
import { ROW_COLUMN } from '../../common/complexity.js';
import { Permission } from '../../common/permission.js';
import { Ticket } from '../tickets/ticket.entity.js';
import { Bug } from './bug.entity.js';

@ObjectType('BugConnection')
export class BugConnection extends Connection('Bug', Bug) {}

@ObjectType('BugPermissions', { description: 'What the viewer may do to this bug, from the shared rules.' })
export class BugPermissions {
  @Field(() => Permission, { description: 'Edit fields, severity, tracker link, status, ask for info.' })
  edit!: Permission;

  @Field(() => Permission)
  assign!: Permission;

  @Field(() => Permission, { description: 'E3: mark it fixed and tell every linked customer.' })
  markFixed!: Permission;

  @Field(() => Permission)
  merge!: Permission;
}

@ObjectType('BugTicket', { description: 'A ticket linked to a bug.' })
export class BugTicket {
  @Field(() => Ticket)
  ticket!: Ticket;

  @Field(() => Int, ROW_COLUMN)
  usersAffected!: number;

  @Field(() => Date, ROW_COLUMN)
  linkedAt!: Date;

  linkedById!: string;

  @Field(() => Date, { ...ROW_COLUMN, nullable: true, description: 'E3: when the customer was told of the fix.' })
  fixAnnouncedAt!: Date | null;
}

@ObjectType('BugTicketConnection')
export class BugTicketConnection extends Connection('BugTicket', BugTicket) {}

@ObjectType('BugTimelineEntry', { description: 'What happened to a bug (and to the bugs merged into it).' })
export class BugTimelineEntry {
  @Field(() => ID, ROW_COLUMN)
  id!: string;

  @Field(() => String, ROW_COLUMN)
  kind!: string;

  @Field(() => String, { description: 'The sentence shown.' })
  text!: string;

  @Field(() => String, { ...ROW_COLUMN, nullable: true, description: 'QUESTION_ASKED: the question.' })
  question!: string | null;

  @Field(() => Int, { ...ROW_COLUMN, description: 'The bug it happened to (another one when merged in).' })
  bugNumber!: number;

  @Field(() => Date, ROW_COLUMN)
  createdAt!: Date;
}

@ObjectType('FixPreview', { description: 'E3: who "Mark fixed" tells, before the click.' })
export class FixPreviewType {
  @Field(() => Int)
  tickets!: number;

  @Field(() => Int)
  customers!: number;

  @Field(() => Int, { description: 'Closed tickets, reopened as waiting on the customer.' })
  closedTickets!: number;

  @Field(() => String)
  sentence!: string;
}

@ObjectType('FixProgress', { description: 'E3: how far telling the customers has come.' })
export class FixProgressType {
  @Field(() => Int)
  sent!: number;

  @Field(() => Int)
  total!: number;

  @Field(() => Boolean)
  isDone!: boolean;

  @Field(() => String, { description: '"Sent 1,240 of 5,000…"' })
  sentence!: string;
}

@ObjectType('SimilarBug', { description: 'E1: an open bug that reads like the one being escalated.' })
export class SimilarBug {
  @Field(() => Bug)
  bug!: Bug;

  @Field(() => Float, { description: '0 to 1 (shared bugSimilarity).' })
  similarity!: number;
}

@ObjectType('EscalationDefaults', { description: 'E1: what the escalation form starts from.' })
export class EscalationDefaultsType {
  @Field(() => String)
  title!: string;

  @Field(() => String)
  actualResult!: string;

  @Field(() => String, { description: 'The customer’s browser or mail program, where known.' })
  environment!: string;
}

import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Connection } from '../../common/connection.js';
import { MailStatus, type OutboxKind } from '../../common/enums.js';
import { Ticket } from '../tickets/ticket.entity.js';
import type { OutboxRow } from './outbox.service.js';

@ObjectType('MailDelivery', { description: 'The mail that carried a reply to the customer.' })
export class MailDelivery {
  @Field(() => MailStatus)
  status!: MailStatus;

  @Field(() => String, { description: 'In a sentence: "Sent", "Not sent: no SMTP server is configured", the SMTP answer …' })
  summary!: string;

  @Field(() => Date, { nullable: true })
  sentAt!: Date | null;

  @Field(() => Int)
  attempts!: number;

  @Field(() => Date, { nullable: true, description: 'When it is tried again, while not sent.' })
  nextAttemptAt!: Date | null;
}

@ObjectType('Attachment')
export class Attachment {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  filename!: string;

  @Field(() => String)
  contentType!: string;

  @Field(() => Int)
  sizeBytes!: number;
}

@ObjectType('OutboxMail')
export class OutboxMail {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  ticketId!: string;

  @Field(() => Int)
  ticketNumber!: number;

  @Field(() => String)
  kind!: OutboxKind;

  @Field(() => String)
  to!: string;

  @Field(() => String)
  subject!: string;

  @Field(() => MailDelivery)
  delivery!: MailDelivery;

  @Field(() => Date)
  createdAt!: Date;

  /** The stored mail, for its full text and headers (OutboxMailResolver). */
  row!: OutboxRow;
}

@ObjectType('MailHeader', { description: 'One header of a mail as it goes out.' })
export class MailHeader {
  @Field(() => String)
  name!: string;

  @Field(() => String)
  value!: string;
}

@ObjectType('CustomerLink', { description: 'A fresh private link to the ticket, shown once: only its hash is stored.' })
export class CustomerLink {
  @Field(() => String, { description: 'PUBLIC_URL/c/<token>: the customer reads the conversation and answers there.' })
  url!: string;

  @Field(() => Ticket)
  ticket!: Ticket;
}

@ObjectType('OutboxMailConnection')
export class OutboxMailConnection extends Connection('OutboxMail', OutboxMail) {
  @Field(() => Boolean, { description: 'Whether an SMTP server is configured (SMTP_URL).' })
  smtpConfigured!: boolean;
}

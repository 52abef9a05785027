import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Connection } from '../../common/connection.js';
import { Permission } from '../../common/permission.js';
import { Ticket } from './ticket.entity.js';

@ObjectType('TicketConnection')
export class TicketConnection extends Connection('Ticket', Ticket) {}

@ObjectType('TicketPermissions', { description: 'What the viewer may do to this ticket, from the shared rules.' })
export class TicketPermissions {
  @Field(() => Permission)
  claim!: Permission;

  @Field(() => Permission)
  release!: Permission;

  @Field(() => Permission)
  assign!: Permission;

  @Field(() => Permission, { description: 'Send a reply directly (assuming it starts from a saved reply, see replyNeedsReview).' })
  reply!: Permission;

  @Field(() => Boolean, { description: 'W6: a reply without a saved reply goes to review first.' })
  replyNeedsReview!: boolean;

  @Field(() => Permission)
  submitDraft!: Permission;

  @Field(() => Permission)
  close!: Permission;

  @Field(() => Permission)
  reopen!: Permission;

  @Field(() => Permission, { description: 'Set type, group, complexity, frustration.' })
  triage!: Permission;

  @Field(() => Permission)
  addNote!: Permission;

  @Field(() => Permission, { description: 'Create a private link to give the customer (createCustomerLink).' })
  customerLink!: Permission;
}

@ObjectType('ChecklistStep', { description: 'One step of the per-ticket checklist (C1-C4, W7).' })
export class ChecklistStepType {
  @Field(() => String, { description: 'C1, C2, C3, C4 or W7.' })
  id!: string;

  @Field(() => String)
  label!: string;

  @Field(() => String, { description: 'DONE, TODO, BLOCKED or NOT_AVAILABLE.' })
  status!: string;

  @Field(() => String, { nullable: true })
  reason!: string | null;
}

@ObjectType('FrustrationHint', {
  description: 'W8: a customer message looks frustrated; the agent confirms (flagFrustrated) or dismisses it.',
})
export class FrustrationHintType {
  @Field(() => [String])
  signals!: string[];

  @Field(() => [String], { description: 'The words that triggered it, as the customer wrote them ("THIRD TIME", "!!!"), and "ALL CAPS".' })
  triggers!: string[];

  @Field(() => Date, { description: 'When the message that triggered it arrived.' })
  suggestedAt!: Date;
}

@ObjectType('QueueChange')
export class QueueChange {
  @Field(() => ID)
  ticketId!: string;
}

@ObjectType('TicketCount', { description: 'How many tickets a filter selects, counted up to a limit.' })
export class TicketCount {
  @Field(() => Int, { description: 'The count, at most the limit.' })
  count!: number;

  @Field(() => Boolean, { description: 'More tickets match than the count says.' })
  hasMore!: boolean;
}

@ObjectType('SubmitTicketResult', { description: 'What the web form tells the customer.' })
export class SubmitTicketResult {
  @Field(() => String)
  reference!: string;
}

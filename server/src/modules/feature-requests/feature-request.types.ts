import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { ROW_COLUMN } from '../../common/complexity.js';
import { Connection } from '../../common/connection.js';
import { FeatureStatus, FeatureTag } from '../../common/enums.js';
import { Permission } from '../../common/permission.js';
import { Ticket } from '../tickets/ticket.entity.js';
import { FeatureAsk, FeatureReport, FeatureRequest } from './feature-request.entity.js';

@ObjectType('FeatureRequestConnection')
export class FeatureRequestConnection extends Connection('FeatureRequest', FeatureRequest) {}

@ObjectType('FeatureAskConnection')
export class FeatureAskConnection extends Connection('FeatureAsk', FeatureAsk) {}

@ObjectType('FeatureReportConnection')
export class FeatureReportConnection extends Connection('FeatureReport', FeatureReport) {}

@ObjectType('FeatureRequestPermissions', { description: 'What the viewer may do to this request, from the shared rules.' })
export class FeatureRequestPermissions {
  @Field(() => Permission, { description: 'Title, description, tag, owner, status.' })
  edit!: Permission;

  @Field(() => Permission, { description: 'Merge into another request (or, when merged, split back out).' })
  merge!: Permission;

  @Field(() => Permission, { description: 'FR4: mark it shipped and tell every customer who asked.' })
  markShipped!: Permission;

  @Field(() => Permission, { description: 'Link a ticket’s ask to it.' })
  link!: Permission;
}

@ObjectType('FeatureHistoryEntry', { description: 'What happened to a request (and to the requests merged into it).' })
export class FeatureHistoryEntry {
  @Field(() => ID, ROW_COLUMN)
  id!: string;

  @Field(() => String, ROW_COLUMN)
  kind!: string;

  @Field(() => String, { description: 'The sentence shown.' })
  text!: string;

  @Field(() => Date, ROW_COLUMN)
  createdAt!: Date;
}

@ObjectType('ShipPreview', { description: 'FR4: who "Mark shipped" tells, before the click.' })
export class ShipPreviewType {
  @Field(() => Int, { description: 'Customers told, one reply each.' })
  customers!: number;

  @Field(() => Int, { description: 'Tickets that asked.' })
  tickets!: number;

  @Field(() => Int, { description: 'Closed tickets, reopened as waiting on the customer.' })
  closedTickets!: number;

  @Field(() => String)
  sentence!: string;
}

@ObjectType('AnnouncementProgress', { description: 'FR4: how far telling the customers has come.' })
export class AnnouncementProgressType {
  @Field(() => String, { description: 'SHIPPED or DECLINED.' })
  kind!: string;

  @Field(() => Int)
  sent!: number;

  @Field(() => Int)
  total!: number;

  @Field(() => Boolean)
  isDone!: boolean;

  @Field(() => String, { description: '"Told 120 of 300 customers…"' })
  sentence!: string;
}

@ObjectType('SimilarFeatureRequest', { description: 'FR1: a card that asks for the same thing as this ticket.' })
export class SimilarFeatureRequest {
  @Field(() => FeatureRequest)
  featureRequest!: FeatureRequest;

  @Field(() => Float, { description: '0 to 1 (shared featureSimilarity).' })
  similarity!: number;
}

@ObjectType('CreateFeatureRequestPayload')
export class CreateFeatureRequestPayload {
  @Field(() => FeatureRequest)
  featureRequest!: FeatureRequest;

  @Field(() => Ticket, { nullable: true, description: 'The ticket whose ask was linked, when one was given.' })
  ticket!: Ticket | null;
}

@ObjectType('RankChange', { description: 'FR3: how a card moved since the previous published report.' })
export class RankChangeType {
  @Field(() => String, { description: 'NEW, UP, DOWN or SAME.' })
  kind!: string;

  @Field(() => Int, { description: 'Places moved (0 for NEW and SAME).' })
  by!: number;

  @Field(() => String, { description: '"New", "↑ 3", "↓ 1", "=".' })
  label!: string;
}

@ObjectType('FeatureReportEntry', { description: 'FR3: a card as it stood when the report was compiled.' })
export class FeatureReportEntry {
  reportId!: string;

  @Field(() => Int, ROW_COLUMN)
  rank!: number;

  @Field(() => Int, { ...ROW_COLUMN, nullable: true })
  previousRank!: number | null;

  @Field(() => RankChangeType)
  change!: RankChangeType;

  @Field(() => ID, { ...ROW_COLUMN, description: 'The card (setFeatureReportNote takes it; its page: /feature-requests/<id>).' })
  featureRequestId!: string;

  @Field(() => Int, ROW_COLUMN)
  number!: number;

  @Field(() => String, ROW_COLUMN)
  reference!: string;

  @Field(() => String, ROW_COLUMN)
  title!: string;

  @Field(() => FeatureTag, ROW_COLUMN)
  tag!: FeatureTag;

  @Field(() => FeatureStatus, { ...ROW_COLUMN, description: 'Its status then.' })
  status!: FeatureStatus;

  @Field(() => Int, ROW_COLUMN)
  asks!: number;

  @Field(() => Int, ROW_COLUMN)
  customers!: number;

  @Field(() => Int, ROW_COLUMN)
  companies!: number;

  @Field(() => Int, ROW_COLUMN)
  revenueCents!: number;

  @Field(() => Int, ROW_COLUMN)
  highValueCustomers!: number;

  @Field(() => Int, ROW_COLUMN)
  blockers!: number;

  @Field(() => Int, ROW_COLUMN)
  trend!: number;

  @Field(() => String, { ...ROW_COLUMN, description: 'Product’s note ("planned for Q3").' })
  note!: string;
}

@ObjectType('FeatureReportShipped', { description: 'FR3: a request shipped during the report’s period.' })
export class FeatureReportShipped {
  featureRequestId!: string;

  @Field(() => Int, ROW_COLUMN)
  number!: number;

  @Field(() => String, ROW_COLUMN)
  reference!: string;

  @Field(() => String, ROW_COLUMN)
  title!: string;

  @Field(() => Int, { ...ROW_COLUMN, description: 'Customers told.' })
  customers!: number;

  @Field(() => Date, ROW_COLUMN)
  shippedAt!: Date;
}

@ObjectType('FeatureReportPermissions')
export class FeatureReportPermissions {
  @Field(() => Permission, { description: 'Notes and publishing (a published report is frozen).' })
  change!: Permission;
}

import { LIMITS } from '@tandem/shared';
import { IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { AskImportance, FeatureOrder, FeatureStatus, FeatureTag } from '../../../common/enums.js';

@InputType({ description: 'FR1: one ticket’s ask: the customer’s own words and how much they need it.' })
export class AskInput {
  @Field(() => ID)
  ticketId!: string;

  @Field(() => String, { description: 'The customer’s words (pre-filled from their message, Ticket.askQuote).' })
  @MaxLength(LIMITS.feature.quoteMax + 1)
  quote!: string;

  @Field(() => AskImportance, { defaultValue: AskImportance.NICE_TO_HAVE })
  importance: AskImportance = AskImportance.NICE_TO_HAVE;
}

// The title and tag are nullable here on purpose: a card without them reaches the FR1 rule, which
// says what is missing, instead of a GraphQL validation error.
@InputType({ description: 'FR1: a new card, tagged UI, UX or TECHNICAL; with `ask`, the ticket it came from is linked at once.' })
export class CreateFeatureRequestInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(LIMITS.feature.titleMax + 1)
  title?: string | null;

  @Field(() => String, { defaultValue: '' })
  @MaxLength(LIMITS.feature.descriptionMax + 1)
  description: string = '';

  @Field(() => FeatureTag, { nullable: true })
  @IsOptional()
  tag?: FeatureTag | null;

  @Field(() => AskInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  ask?: AskInput | null;
}

@InputType({ description: 'Fields left out stay as they are.' })
export class UpdateFeatureRequestInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'The version you saw (FEATURE_REQUEST_CHANGED when someone changed it since).' })
  version!: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(LIMITS.feature.titleMax + 1)
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(LIMITS.feature.descriptionMax + 1)
  description?: string | null;

  @Field(() => FeatureTag, { nullable: true })
  @IsOptional()
  tag?: FeatureTag | null;

  @Field(() => FeatureStatus, {
    nullable: true,
    description: 'OPEN, PLANNED, IN_PROGRESS or DECLINED (SHIPPED: markFeatureShipped; MERGED: mergeFeatureRequests).',
  })
  @IsOptional()
  status?: FeatureStatus | null;

  @Field(() => ID, { nullable: true, description: 'The product person who owns it; null leaves it unowned.' })
  @IsOptional()
  ownerId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'With status DECLINED: tell every customer who asked, with this reply (optional; placeholders, W7).',
  })
  @IsOptional()
  @MaxLength(LIMITS.ticket.bodyMax)
  declineMessage?: string | null;
}

@InputType()
export class LinkTicketToFeatureRequestInput extends AskInput {
  @Field(() => ID)
  featureRequestId!: string;
}

@InputType()
export class MarkFeatureShippedInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, {
    description: 'The reply each customer who asked gets, once; placeholders filled per customer; ends with a question (W7).',
  })
  @MaxLength(LIMITS.ticket.bodyMax)
  message!: string;

  @Field(() => ID, { nullable: true, description: 'The saved reply the message started from (S2).' })
  @IsOptional()
  savedReplyId?: string | null;
}

@InputType({ description: 'The ranking’s filters; without a status, the requests product still decides on.' })
export class FeatureRequestsFilter {
  @Field(() => [FeatureStatus], { nullable: true })
  @IsOptional()
  status?: FeatureStatus[] | null;

  @Field(() => FeatureTag, { nullable: true })
  @IsOptional()
  tag?: FeatureTag | null;

  @Field(() => String, { nullable: true, description: 'Words of the title or description, or a number (FR-12, 12).' })
  @IsOptional()
  @MaxLength(LIMITS.search.textMax)
  search?: string | null;

  @Field(() => FeatureOrder, { defaultValue: FeatureOrder.CUSTOMERS })
  orderBy: FeatureOrder = FeatureOrder.CUSTOMERS;
}

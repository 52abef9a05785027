import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { ROW_COLUMN } from '../../common/complexity.js';
import { TrainingStatus } from '../../common/enums.js';

/** One person of the training chain: where they sit, who trained them and whom they train now. */
@ObjectType('TrainingChainNode', { description: 'T4: one person of the training chain, in display order.' })
export class TrainingChainNode {
  @Field(() => ID, { ...ROW_COLUMN, description: 'The person’s id.' })
  id!: string;

  @Field(() => Int, { ...ROW_COLUMN, description: '0 at the start of a chain (nobody trained them), else their trainer’s depth + 1.' })
  depth!: number;

  @Field(() => TrainingStatus, { ...ROW_COLUMN, nullable: true, description: 'Their latest training; null at the start of a chain.' })
  status!: TrainingStatus | null;

  @Field(() => Date, { ...ROW_COLUMN, nullable: true, description: 'When their latest training began.' })
  startedAt!: Date | null;

  @Field(() => Date, { ...ROW_COLUMN, nullable: true, description: 'When it ended (graduation, or another trainer).' })
  endedAt!: Date | null;

  @Field(() => Date, { ...ROW_COLUMN, nullable: true })
  graduatedAt!: Date | null;

  @Field(() => Int, { ...ROW_COLUMN, description: 'How many people they trained whose latest training was with them.' })
  trainedCount!: number;

  trainerId!: string | null;
  currentTraineeIds!: string[];
}

@ObjectType('TrainingLinkEdge', { description: 'T4: one link of the chain, past or current: the trainer trains or trained the trainee.' })
export class TrainingLinkEdge {
  @Field(() => ID, ROW_COLUMN)
  traineeId!: string;

  @Field(() => ID, ROW_COLUMN)
  trainerId!: string;
}

@ObjectType('TrainingChain', { description: 'T4: who trained whom, as a tree: each person followed by those they trained.' })
export class TrainingChain {
  @Field(() => [TrainingChainNode])
  nodes!: TrainingChainNode[];

  @Field(() => [TrainingLinkEdge], {
    description: 'Every link, past and current, for the cycle rule (checkTrainingLink) before a trainer is saved.',
  })
  links!: TrainingLinkEdge[];
}

@ObjectType('TrainingFeedback', { description: 'A reviewer’s feedback on one of the trainee’s drafts (T2).' })
export class TrainingFeedbackType {
  @Field(() => String)
  feedback!: string;

  @Field(() => Date)
  reviewedAt!: Date;

  @Field(() => String)
  reviewerName!: string;

  @Field(() => Int, { nullable: true })
  ticketNumber!: number | null;
}

@ObjectType('TrainingRecord', { description: 'T4: a trainee’s record of their latest training, from the drafts they submitted.' })
export class TrainingRecord {
  @Field(() => ID, { description: 'The trainee’s id.' })
  id!: string;

  @Field(() => TrainingStatus)
  status!: TrainingStatus;

  @Field(() => Date)
  startedAt!: Date;

  @Field(() => Date, { nullable: true })
  graduatedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'The note of whoever graduated them.' })
  note!: string | null;

  @Field(() => Int, { description: 'Whole weeks from the start to the graduation, or to now.' })
  weeksInTraining!: number;

  @Field(() => Int)
  draftsSubmitted!: number;

  @Field(() => Int)
  approvedAsWritten!: number;

  @Field(() => Int)
  approvedWithEdits!: number;

  @Field(() => Int)
  changesRequested!: number;

  @Field(() => Int, { description: 'Drafts waiting for review now (their trainer can still approve or return them).' })
  pending!: number;

  @Field(() => Float, { nullable: true, description: 'Of the reviewed drafts, the share approved as written (0-1).' })
  approvedAsWrittenShare!: number | null;

  @Field(() => [TrainingFeedbackType], { description: 'The newest feedback first.' })
  recentFeedback!: TrainingFeedbackType[];

  @Field(() => String, { description: 'The record in one sentence.' })
  sentence!: string;

  traineeId!: string;
  trainerId!: string;
  graduatedById!: string | null;
}

@ObjectType('TrainingChange', { description: 'Live: a link of the training chain opened or closed.' })
export class TrainingChange {
  @Field(() => ID)
  traineeId!: string;
}

import { LIMITS } from '@tandem/shared';
import { MaxLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';

@InputType()
export class GraduateTraineeInput {
  @Field(() => ID)
  traineeId!: string;

  @Field(() => String, { description: 'A short note for the record, one line (T4).' })
  @MaxLength(LIMITS.training.graduationNoteMax)
  note!: string;

  @Field(() => Int, { description: 'The trainee’s version as you saw it (stale graduations are refused).' })
  version!: number;
}

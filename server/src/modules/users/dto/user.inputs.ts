import { LIMITS, type WorkingHours } from '@tandem/shared';
import { ArrayMaxSize, ArrayMinSize, IsOptional, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { Role } from '../../../common/enums.js';

@InputType()
export class WorkingHoursInput implements WorkingHours {
  @Field(() => String)
  @MaxLength(LIMITS.workingHours.timeMax)
  start!: string;

  @Field(() => String)
  @MaxLength(LIMITS.workingHours.timeMax)
  end!: string;

  @Field(() => [Int])
  @ArrayMaxSize(LIMITS.workingHours.daysMax)
  days!: number[];
}

@InputType()
export class CreateUserInput {
  @Field(() => String)
  @MinLength(LIMITS.user.nameMin)
  @MaxLength(LIMITS.user.nameMax)
  name!: string;

  @Field(() => String)
  @MaxLength(LIMITS.mail.addressMax)
  email!: string;

  @Field(() => String, { description: 'Initial password; the person changes it after signing in.' })
  @MaxLength(LIMITS.user.passwordMax)
  password!: string;

  @Field(() => [Role])
  @ArrayMinSize(LIMITS.user.rolesMin)
  @ArrayMaxSize(LIMITS.user.rolesMax)
  roles!: Role[];

  @Field(() => String, { defaultValue: 'UTC' })
  @MaxLength(LIMITS.user.timeZoneMax)
  timeZone: string = 'UTC';

  @Field(() => WorkingHoursInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  workingHours?: WorkingHoursInput | null;

  @Field(() => ID, { nullable: true, description: 'Makes the new person a trainee of this trainer (T1).' })
  @IsOptional()
  trainerId?: string | null;

  @Field(() => Boolean, { defaultValue: false })
  canTrain: boolean = false;
}

/** Fields left out stay as they are; `trainerId: null` ends a training (the person graduates, T4). */
@InputType()
export class UpdateUserInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'The version you edited; a newer one on the server refuses the change.' })
  version!: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MinLength(LIMITS.user.nameMin)
  @MaxLength(LIMITS.user.nameMax)
  name?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(LIMITS.mail.addressMax)
  email?: string;

  @Field(() => [Role], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(LIMITS.user.rolesMax)
  roles?: Role[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(LIMITS.user.timeZoneMax)
  timeZone?: string;

  @Field(() => WorkingHoursInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  workingHours?: WorkingHoursInput;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  trainerId?: string | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  canTrain?: boolean;
}

@InputType()
export class UsersFilter {
  @Field(() => String, { nullable: true, description: 'Part of a name or e-mail address.' })
  @IsOptional()
  @MaxLength(LIMITS.search.textMax)
  search?: string | null;

  @Field(() => Role, { nullable: true })
  @IsOptional()
  role?: Role | null;

  @Field(() => Boolean, { defaultValue: false })
  includeInactive: boolean = false;

  @Field(() => Boolean, { defaultValue: false, description: 'Only people who may train someone now (T4).' })
  eligibleTrainers: boolean = false;
}

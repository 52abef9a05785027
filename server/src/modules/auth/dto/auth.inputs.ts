import { LIMITS } from '@tandem/shared';
import { MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';

@InputType()
export class LoginInput {
  @Field(() => String)
  @MaxLength(LIMITS.emailMax)
  email!: string;

  @Field(() => String)
  @MaxLength(LIMITS.passwordMax)
  password!: string;
}

@InputType()
export class ChangePasswordInput {
  @Field(() => String)
  @MaxLength(LIMITS.passwordMax)
  currentPassword!: string;

  @Field(() => String)
  @MaxLength(LIMITS.passwordMax)
  newPassword!: string;
}

import { LIMITS } from '@tandem/shared';
import { MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';

@InputType()
export class LoginInput {
  @Field(() => String)
  @MaxLength(LIMITS.mail.addressMax)
  email!: string;

  @Field(() => String)
  @MaxLength(LIMITS.user.passwordMax)
  password!: string;
}

@InputType()
export class ChangePasswordInput {
  @Field(() => String)
  @MaxLength(LIMITS.user.passwordMax)
  currentPassword!: string;

  @Field(() => String)
  @MaxLength(LIMITS.user.passwordMax)
  newPassword!: string;
}

import { DEFAULT_WORKING_HOURS, isTrainee, type WorkingHours } from '@tandem/shared';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Roles } from '../../common/auth.js';
import { Role } from '../../common/enums.js';

@ObjectType('WorkingHours', { description: "Working hours in the person's own time zone." })
export class WorkingHoursType implements WorkingHours {
  @Field(() => String, { description: 'Start, HH:MM (24-hour clock).' })
  start!: string;

  @Field(() => String, { description: 'End, HH:MM; before the start means the shift ends after midnight.' })
  end!: string;

  @Field(() => [Int], { description: 'ISO weekdays: 1 = Monday ... 7 = Sunday.' })
  days!: number[];
}

@ObjectType('User', { description: 'A member of the support team.' })
@Entity('app_user')
export class User {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => String)
  @Column({ type: 'text' })
  name!: string;

  @Field(() => String)
  @Column({ type: 'text' })
  email!: string;

  @Column({ name: 'password_hash', type: 'text', select: false })
  passwordHash!: string;

  @Field(() => [Role])
  @Column({ type: 'text', array: true })
  roles!: Role[];

  @Field(() => String, { description: 'IANA time zone, e.g. Europe/Berlin.' })
  @Column({ name: 'time_zone', type: 'text' })
  timeZone!: string;

  @Field(() => WorkingHoursType)
  @Column({ name: 'working_hours', type: 'jsonb', default: () => `'${JSON.stringify(DEFAULT_WORKING_HOURS)}'` })
  workingHours!: WorkingHours;

  @Field(() => Boolean)
  @Column({ name: 'is_active', type: 'boolean', default: true })
  isActive!: boolean;

  @Column({ name: 'trainer_id', type: 'uuid', nullable: true })
  trainerId!: string | null;

  @Field(() => Boolean, { description: 'A graduated agent allowed to train the next trainee (T4).' })
  @Column({ name: 'can_train', type: 'boolean', default: false })
  canTrain!: boolean;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'graduated_at', type: 'timestamptz', nullable: true })
  graduatedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'Admins only.' })
  @Roles(Role.ADMIN)
  @Column({ name: 'last_login_at', type: 'timestamptz', nullable: true })
  lastLoginAt!: Date | null;

  @Field(() => Date)
  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'deactivated_at', type: 'timestamptz', nullable: true })
  deactivatedAt!: Date | null;

  @Field(() => Int, { description: 'Increases with every change; send it back to update (stale edits are refused).' })
  @Column({ type: 'integer' })
  version!: number;

  @Field(() => Boolean, { description: 'Has a trainer: replies go to the trainer for approval (T1).' })
  get isTrainee(): boolean {
    return isTrainee(this);
  }
}

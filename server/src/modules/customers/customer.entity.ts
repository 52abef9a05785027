import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Plan } from '../../common/enums.js';

@ObjectType('Customer', { description: 'Someone who writes in; never signs in to the staff app.' })
@Entity('customer')
export class Customer {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => String)
  @Column({ type: 'text' })
  name!: string;

  @Field(() => String)
  @Column({ type: 'text' })
  email!: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  company!: string | null;

  @Field(() => Plan)
  @Column({ type: 'text' })
  plan!: Plan;

  @Field(() => Int, { description: 'Monthly revenue in cents.' })
  @Column({ name: 'monthly_revenue_cents', type: 'bigint', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  monthlyRevenueCents!: number;

  @Field(() => Date)
  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

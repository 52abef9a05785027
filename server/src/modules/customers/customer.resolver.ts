import { isHighValue } from '@tandem/shared';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context.js';
import { type MaybePromise, andThen } from '../../common/loaders.js';
import { Customer } from './customer.entity.js';

@Resolver(() => Customer)
export class CustomerResolver {
  @FieldResolver(() => Boolean, { description: 'F2: premium, or revenue at or above the team’s threshold.' })
  isHighValue(@Root() customer: Customer, @Ctx() ctx: Context): MaybePromise<boolean> {
    return andThen(ctx.loaders.settings.get(), (settings) => isHighValue(customer, settings));
  }
}

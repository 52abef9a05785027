import type { DataSource } from 'typeorm';
import { isUuid } from '../../db/errors.js';
import { Customer } from './customer.entity.js';

export class CustomerService {
  constructor(private readonly db: DataSource) {}

  findByIds(ids: readonly string[]): Promise<Customer[]> {
    const valid = ids.filter(isUuid);
    if (valid.length === 0) return Promise.resolve([]);
    return this.db.getRepository(Customer).createQueryBuilder('c').where('c.id = ANY(:ids)', { ids: valid }).getMany();
  }
}

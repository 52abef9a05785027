import { describe, expect, it } from 'vitest';
import { byId, once } from './loaders.js';

describe('RowLoader: what a page primed answers at once, as DataLoader would', () => {
  it('a primed row comes back as a value, an unknown one through one batched load', async () => {
    const asked: string[][] = [];
    const loader = byId(async (ids) => {
      asked.push([...ids]);
      return ids.map((id) => ({ id, name: `loaded ${id}` }));
    });
    loader.prime('a', { id: 'a', name: 'primed a' });
    expect(loader.get('a')).toEqual({ id: 'a', name: 'primed a' });
    const b = loader.get('b');
    expect(b).toBeInstanceOf(Promise);
    expect(await b).toEqual({ id: 'b', name: 'loaded b' });
    expect(asked).toEqual([['b']]);
  });

  it('a row loaded before a page primed it stays the loaded one (DataLoader keeps the first), and clear forgets both', async () => {
    const loader = byId(async (ids) => ids.map((id) => ({ id, name: `loaded ${id}` })));
    expect(await loader.load('u')).toEqual({ id: 'u', name: 'loaded u' });
    loader.prime('u', { id: 'u', name: 'primed u' });
    expect(await loader.get('u')).toEqual({ id: 'u', name: 'loaded u' });
    loader.clear('u').prime('u', { id: 'u', name: 'primed again' });
    expect(loader.get('u')).toEqual({ id: 'u', name: 'primed again' });
  });

  it('once(): a primed value at once; otherwise read once', async () => {
    let reads = 0;
    const settings = once(async () => ++reads);
    expect(await settings.get()).toBe(1);
    expect(await settings()).toBe(1);
    const primed = once(async () => ++reads);
    primed.prime(42);
    expect(primed.get()).toBe(42);
    expect(reads).toBe(1);
  });
});

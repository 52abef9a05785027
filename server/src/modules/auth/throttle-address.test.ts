import { describe, expect, it } from 'vitest';
import { throttleAddress } from './auth.service.js';

describe('throttleAddress: what sign-in attempts are counted by', () => {
  it.each([
    ['IPv4 as it is', '203.0.113.7', '203.0.113.7'],
    ['IPv4-mapped IPv6 as IPv4', '::ffff:203.0.113.7', '203.0.113.7'],
    ['IPv6 by its /64', '2001:db8:1:2:aaaa:bbbb:cccc:dddd', '2001:db8:1:2::/64'],
    ['IPv6 with :: in the host part', '2001:db8:1:2::5', '2001:db8:1:2::/64'],
    ['IPv6 with :: in the network part', '2001:db8::5', '2001:db8:0:0::/64'],
    ['leading zeros do not make another network', '2001:0db8:0001:0002::5', '2001:db8:1:2::/64'],
    ['a zone id is ignored', 'fe80::1%eth0', 'fe80:0:0:0::/64'],
    ['loopback', '::1', '0:0:0:0::/64'],
    ['unknown', null, ''],
  ])('%s', (_, ip, expected) => {
    expect(throttleAddress(ip)).toBe(expected);
  });
});

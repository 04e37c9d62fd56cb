import { clientAddress, plainAddress, trustedProxies } from './rate-limit';

describe('who is calling, behind trusted proxies (X-Forwarded-For)', () => {
  const loopback = trustedProxies(undefined);

  it.each([
    ['the portal on loopback forwards a resident', '127.0.0.1', '203.0.113.7', '203.0.113.7'],
    ['the same over a dual-stack socket', '::ffff:127.0.0.1', '203.0.113.7', '203.0.113.7'],
    ['IPv6 loopback', '::1', '2001:db8::5', '2001:db8::5'],
    ['a trusted hop with nothing forwarded is itself the caller', '127.0.0.1', undefined, '127.0.0.1'],
    ['a caller that is not trusted cannot choose its bucket', '198.51.100.9', '203.0.113.7', '198.51.100.9'],
    ['another loopback address is not in the default list', '127.0.0.3', '10.9.9.9', '127.0.0.3'],
    ['only the hop the trusted proxy appended counts, not what the resident sent it', '127.0.0.1', '1.2.3.4, 203.0.113.7', '203.0.113.7'],
    ['a forwarded value that is not an address is ignored', '127.0.0.1', 'not-an-address', '127.0.0.1'],
  ])('%s', (_why, socket, forwarded, expected) => {
    expect(clientAddress(socket, forwarded, loopback)).toBe(expected);
  });

  it('walks back through a chain of trusted proxies to the first address that is not one', () => {
    const proxies = trustedProxies('127.0.0.1, 10.0.0.0/8');
    expect(clientAddress('127.0.0.1', '1.2.3.4, 203.0.113.7, 10.1.2.3', proxies)).toBe('203.0.113.7');
    expect(clientAddress('127.0.0.1', ['203.0.113.7', '10.1.2.3'], proxies)).toBe('203.0.113.7');
  });

  it('trusts no one when set empty', () => {
    expect(clientAddress('127.0.0.1', '203.0.113.7', trustedProxies(''))).toBe('127.0.0.1');
  });

  it.each(['localhost', '10.0.0.0/33', '10.0.0.0/', '::1/129', '1.2.3.4/8/1'])('refuses "%s", saying which entry', (entry) => {
    expect(() => trustedProxies(`127.0.0.1,${entry}`)).toThrow(`TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range`);
  });

  it('reads an IPv4-mapped address as the IPv4 address', () => {
    expect(plainAddress('::FFFF:192.0.2.1')).toBe('192.0.2.1');
    expect(plainAddress('2001:db8::1')).toBe('2001:db8::1');
  });
});

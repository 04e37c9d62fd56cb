import { Kind } from 'graphql';
import { DateScalar, DateTimeScalar, isLocalDate } from './scalars';

describe('Date scalar (a London calendar date, never an instant)', () => {
  it.each(['2024-02-29', '2026-12-28', '2030-01-01'])('accepts %s unchanged', (d) => {
    expect(DateScalar.parseValue(d)).toBe(d);
  });
  it.each(['2023-02-29', '2026-13-01', '26-01-01', '2026-1-1', '2026-11-23T00:00:00Z'])('refuses %s with BAD_USER_INPUT', (d) => {
    expect(() => DateScalar.parseValue(d)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });
  it('parses literals and serialises strings as they are', () => {
    expect(DateScalar.parseLiteral({ kind: Kind.STRING, value: '2026-11-23' })).toBe('2026-11-23');
    expect(DateScalar.serialize('2026-11-23')).toBe('2026-11-23');
    expect(isLocalDate('2100-02-29')).toBe(false);
  });
});

describe('DateTime scalar', () => {
  it('parses ISO-8601 with an offset and answers in UTC', () => {
    const d = DateTimeScalar.parseValue('2026-06-01T09:30:00+01:00');
    expect(DateTimeScalar.serialize(d)).toBe('2026-06-01T08:30:00.000Z');
  });
  it.each(['yesterday', '2026-06-01', 42])('refuses %p with BAD_USER_INPUT', (v) => {
    expect(() => DateTimeScalar.parseValue(v)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });
});

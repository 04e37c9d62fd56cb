import { Role } from '@redress/policy';
import type { SignedInStaff } from './staff-context';
import { homeOf, navigationFor } from './staff-pages';
import { safeReturnTo } from './auth-routes';

const as = (...roles: string[]): SignedInStaff => ({ id: 'x', name: 'X', roles, councilId: 'hart' });
const texts = (staff: SignedInStaff, path = '/') => navigationFor(staff, path).map((i) => i.text);

describe('the pages each role is shown', () => {
  it('an officer works the queues, logs contacts and reads alerts; no directory', () => {
    expect(homeOf(as(Role.OFFICER))).toBe('/queues/mine');
    expect(texts(as(Role.OFFICER))).toEqual(['Work queues', 'Contact centre', 'Alerts']);
  });

  it('the coordinator also reads the staff directory', () => {
    expect(texts(as(Role.COMPLAINTS_COORDINATOR))).toEqual(['Work queues', 'Contact centre', 'Reports', 'Alerts', 'Staff directory']);
  });

  it('the contact centre starts at the contact centre, with no queues', () => {
    expect(homeOf(as(Role.CONTACT_CENTRE))).toBe('/contact-centre');
    expect(texts(as(Role.CONTACT_CENTRE))).toEqual(['Contact centre', 'Alerts']);
  });

  it('an analyst or the Member Responsible: their home page, the reports and alerts, never a case page', () => {
    for (const role of [Role.ANALYST, Role.MEMBER]) {
      expect(homeOf(as(role))).toBe('/home');
      expect(texts(as(role))).toEqual(['Home', 'Reports', 'Alerts']);
    }
  });

  it('a Head of Service reads the figures too', () => {
    expect(texts(as(Role.HEAD_OF_SERVICE))).toEqual(['Work queues', 'Contact centre', 'Reports', 'Alerts']);
  });

  it('marks the section the page is in', () => {
    expect(
      navigationFor(as(Role.OFFICER), '/queues/overdue')
        .filter((i) => i.active)
        .map((i) => i.text),
    ).toEqual(['Work queues']);
    expect(
      navigationFor(as(Role.OFFICER), '/alerts')
        .filter((i) => i.active)
        .map((i) => i.text),
    ).toEqual(['Alerts']);
    expect(navigationFor(as(Role.OFFICER), '/queuesque').some((i) => i.active)).toBe(false);
  });
});

describe('where to go back to after signing in', () => {
  it.each([
    ['/queues/mine?status=ANY', '/queues/mine?status=ANY'],
    ['/cases/HDC-2026-000001', '/cases/HDC-2026-000001'],
    ['//evil.example/x', null],
    ['/\\evil.example', null],
    ['https://evil.example/', null],
    ['/sign-in', null],
    ['/auth/callback?code=x', null],
    [undefined, null],
  ])('%s → %s', (given, expected) => {
    expect(safeReturnTo(given)).toBe(expected);
  });
});

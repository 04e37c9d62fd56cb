import { fieldErrorsFromGateway, formErrors } from './form-errors';
import { checkPastDate, dateInputItems, isoDate } from './date-input';
import { checkAll, emailAddress, maxLength, required } from './validation';

describe('the GOV.UK error summary and the messages at the fields', () => {
  it('lists each problem once, in page order, linking to its field; the field shows its own first message', () => {
    const errors = formErrors([
      { field: 'summary', message: 'Enter a short summary' },
      { field: 'incidentDate', href: 'incidentDate-month', message: 'Date must include a month' },
      { field: 'summary', message: 'A second problem with the summary' },
    ]);
    expect(errors.errorList).toEqual([
      { text: 'Enter a short summary', href: '#summary' },
      { text: 'Date must include a month', href: '#incidentDate-month' },
    ]);
    expect(errors.byField).toEqual({ summary: { text: 'Enter a short summary' }, incidentDate: { text: 'Date must include a month' } });
  });

  it('puts the gateway’s BAD_USER_INPUT problems at the field their argument path names, others on the first field', () => {
    const problems = [
      { code: 'BAD_USER_INPUT', field: 'input.complainant.email', message: 'input.complainant.email must be an email address' },
      {
        code: 'BAD_USER_INPUT',
        field: 'input.incidentDate',
        message: 'incidentDate 2027-01-02 is after the date the contact was received.',
      },
      { code: 'BAD_USER_INPUT', field: null, message: 'Something about the whole form' },
      { code: 'FORBIDDEN', field: null, message: 'Not a form problem' },
    ];
    const fields = fieldErrorsFromGateway(
      problems,
      { 'input.complainant.email': 'email', 'input.incidentDate': { field: 'incidentDate', href: 'incidentDate-day' } },
      'summary',
    );
    expect(fields).toEqual([
      { field: 'email', message: 'input.complainant.email must be an email address' },
      { field: 'incidentDate', href: 'incidentDate-day', message: 'incidentDate 2027-01-02 is after the date the contact was received.' },
      { field: 'summary', message: 'Something about the whole form' },
    ]);
  });

  it('checks text fields as the design system words them', () => {
    const body = { summary: '   ', email: 'not-an-address', details: 'x'.repeat(11) };
    expect(
      checkAll(body, [required('summary', 'Enter a short summary'), emailAddress('email'), maxLength('details', 10, 'Details')]),
    ).toEqual([
      { field: 'summary', message: 'Enter a short summary' },
      { field: 'email', message: 'Enter an email address in the correct format, like name@example.com' },
      { field: 'details', message: 'Details must be 10 characters or fewer' },
    ]);
  });
});

describe('the GOV.UK date input', () => {
  const today = '2026-12-01';
  it.each([
    [{ day: '', month: '', year: '' }, 'Enter the date it happened', 'when-day'],
    [{ day: '3', month: '', year: '2026' }, 'The date it happened must include a month', 'when-month'],
    [{ day: '', month: '', year: '2026' }, 'The date it happened must include a day and month', 'when-day'],
    [{ day: '30', month: '2', year: '2026' }, 'The date it happened must be a real date', 'when-day'],
    [{ day: '2', month: '12', year: '2026' }, 'The date it happened must be today or in the past', 'when-day'],
  ])('%j: "%s", linked to #%s', (parts, message, href) => {
    expect(checkPastDate(parts, 'when', 'the date it happened', today)).toEqual([{ field: 'when', href, message }]);
  });

  it('takes a real past date, today included, as an ISO date', () => {
    expect(checkPastDate({ day: '1', month: '12', year: '2026' }, 'when', 'the date', today)).toEqual([]);
    expect(isoDate({ day: '5', month: '1', year: '2026' })).toBe('2026-01-05');
    expect(isoDate({ day: '5', month: '1', year: '26' })).toBeNull();
  });

  it('marks every part in error when the date is wrong', () => {
    expect(dateInputItems({ day: '1', month: '2', year: '2026' }, true).map((i) => i.classes)).toEqual([
      'govuk-input--width-2 govuk-input--error',
      'govuk-input--width-2 govuk-input--error',
      'govuk-input--width-4 govuk-input--error',
    ]);
  });
});

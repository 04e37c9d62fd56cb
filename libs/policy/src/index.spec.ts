import * as policy from './index';

describe('the public face of libs/policy', () => {
  it('exports the functions and data the services build on', () => {
    const names = Object.keys(policy).filter((k) => typeof (policy as Record<string, unknown>)[k] !== 'undefined');
    for (const name of [
      'COUNCIL_POLICIES',
      'findCouncilPolicy',
      'LGSCO_CODE_POLICY',
      'londonDate',
      'endOfLondonDay',
      'isWorkingDay',
      'addWorkingDays',
      'workingDaysBetween',
      'bankHolidays',
      'stageDeadlines',
      'triage',
      'CodedError',
      'codeCompliance',
      'canEscalate',
      'checkTransition',
      // names the services used with the first version of this library
      'longDate',
      'ombudsmanRoute',
      'isBankHoliday',
      'ANNOUNCED_THROUGH',
      'stagePolicy',
      'startStage',
      'timeLimitDate',
      'LGSCO_CONTACT',
    ]) {
      expect(names).toContain(name);
    }
  });
});

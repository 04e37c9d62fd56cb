// `npm test` (tools/test.sh) runs libs/policy and libs/messages with enforced 100% coverage, then every other project's
// unit, integration and end-to-end tests through this file.
module.exports = {
  projects: ['<rootDir>/libs/*/jest.config.js', '<rootDir>/apps/*/jest.config.js', '<rootDir>/tools/jest.config.js'],
};

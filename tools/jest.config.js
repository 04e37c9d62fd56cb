module.exports = {
  displayName: 'tools',
  preset: '../jest.preset.js',
  rootDir: __dirname,
  testMatch: ['<rootDir>/**/*.spec.ts', '<rootDir>/**/*.int-spec.ts', '<rootDir>/**/*.e2e-spec.ts'],
  // tools/test.sh runs the suites that start several platforms (or a PostgreSQL of their own) on their own,
  // after the rest: beside other suites on 2 cores they starve them (clicks and requests time out).
  testPathIgnorePatterns: ['/node_modules/', ...(process.env.TEST_RUN_ALONE ? [process.env.TEST_RUN_ALONE] : [])],
};

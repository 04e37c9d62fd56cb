// Shared Jest settings: SWC with legacy decorators + metadata (type-graphql, MikroORM), node environment,
// and the workspace path aliases.
const path = require('node:path');

const swcOptions = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    target: 'es2022',
    keepClassNames: true,
  },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};

module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['@swc/jest', swcOptions] },
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: {
    '^@redress/platform/testing$': path.join(__dirname, 'libs/platform/src/testing.ts'),
    '^@redress/(policy|messages|contracts|platform)$': path.join(__dirname, 'libs/$1/src/index.ts'),
    '^@redress/(intake|casework|reporting|communications)$': path.join(__dirname, 'apps/$1/src/index.ts'),
    '^@redress/web$': path.join(__dirname, 'libs/web/src/index.ts'),
  },
  setupFiles: [path.join(__dirname, 'tools/jest/setup-env.js')],
};

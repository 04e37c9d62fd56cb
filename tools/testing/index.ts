export * from './graphql-client';
export * from './platform';

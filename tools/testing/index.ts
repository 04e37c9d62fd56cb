export * from './graphql-client';
export * from './platform';
export * from './access';
export * from './tokens';
export * from './sign-in';

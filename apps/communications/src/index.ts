export * from './communications.module';

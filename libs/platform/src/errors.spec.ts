import { GraphQLError } from 'graphql';
import { badInput, formatError } from './errors';

describe('formatError: the one place errors become client-facing', () => {
  it('keeps the code, message and field of an application error, and nothing else', () => {
    const original = badInput('summary must not be blank.', 'summary');
    const wrapped = new GraphQLError(original.message, { originalError: original, path: ['submitFeedback'] });
    expect(formatError({ message: original.message, path: ['submitFeedback'], extensions: { stacktrace: ['…'] } }, wrapped)).toEqual({
      message: 'summary must not be blank.',
      path: ['submitFeedback'],
      locations: undefined,
      extensions: { code: 'BAD_USER_INPUT', field: 'summary' },
    });
  });

  it('hides an unexpected error behind a generic message with no stack trace', () => {
    const wrapped = new GraphQLError('relation "x" does not exist', { originalError: new Error('relation "x" does not exist') });
    const out = formatError({ message: wrapped.message, extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at …'] } }, wrapped);
    expect(out).toEqual({
      message: 'Something went wrong on our side. Please try again later.',
      path: undefined,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });

  it('says the database is unreachable (down, restarting, a connection lost) as SERVICE_UNAVAILABLE, to try again', () => {
    const down = [
      Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }),
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
      new Error('Connection terminated unexpectedly'),
      new Error('the database system is starting up'),
      new Error('Transaction query already complete, run with DEBUG=knex:tx for more info'),
      new Error('Client has encountered a connection error and is not queryable'),
      new Error('insert into "t"."submission" ("id") values ($1) - read ECONNRESET'),
      new Error('insert failed', { cause: Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }) }),
    ];
    for (const err of down) {
      const out = formatError(
        { message: err.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } },
        new GraphQLError(err.message, { originalError: err }),
      );
      expect(out.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE' });
      expect(out.message).toBe('Redress cannot reach its database just now, so this was not done. Please try again in a few minutes.');
    }
    // A unique key broken (23505) is not the database being down.
    const dup = Object.assign(new Error('duplicate key value violates unique constraint'), { code: '23505' });
    expect(formatError({ message: dup.message }, new GraphQLError(dup.message, { originalError: dup })).extensions).toEqual({
      code: 'INTERNAL_SERVER_ERROR',
    });
  });

  it("keeps a subgraph's code and field as the gateway passes the error on", () => {
    const out = formatError(
      { message: 'Bad', extensions: { code: 'BAD_USER_INPUT', field: 'input.remedies', serviceName: 'casework' } },
      new GraphQLError('Bad'),
    );
    expect(out.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.remedies' });
  });

  it("passes GraphQL's own validation errors through with their code", () => {
    const out = formatError(
      { message: 'Cannot query field "x" on type "Query".', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
      new GraphQLError('x'),
    );
    expect(out.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
  });
});

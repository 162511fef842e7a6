import pg from 'pg';
import { QueryFailedError, ConnectionIsNotSetError } from 'typeorm';
import { ServiceError, WorkflowNotFoundError, WorkflowUpdateRPCTimeoutOrCancelledError } from '@temporalio/client';
import { unavailableDependencyOf } from './unavailable-dependency.js';

/** A Node socket error as `net` raises it (what pg rejects `connect()` with). */
const socketError = (code: string) =>
  Object.assign(new Error(`connect ${code} 127.0.0.1:5432`), { code, syscall: 'connect' });

/** A PostgreSQL error message with its SQLSTATE, as pg's DatabaseError carries it. */
const postgresError = (code: string, message: string) =>
  Object.assign(new pg.DatabaseError(message, message.length, 'error'), { code });

/** A gRPC status error, as @grpc/grpc-js raises it. */
const grpcError = (code: number, details: string) =>
  Object.assign(new Error(`${code} ${details}`), { code, details, metadata: {} });

describe('unavailableDependencyOf', () => {
  describe('the database', () => {
    it.each(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND'])(
      'recognises a socket failure %s (the server is not listening or cannot be reached)',
      (code) => expect(unavailableDependencyOf(socketError(code))).toBe('database'),
    );

    it.each([
      ['57P01', 'terminating connection due to administrator command'],
      ['57P02', 'terminating connection because of crash of another server process'],
      ['57P03', 'the database system is shutting down'],
      ['53300', 'sorry, too many clients already'],
      ['08006', 'connection failure'],
      ['08001', 'could not connect to server'],
    ])('recognises SQLSTATE %s (%s)', (code, message) =>
      expect(unavailableDependencyOf(postgresError(code, message))).toBe('database'),
    );

    it('looks through TypeORM’s QueryFailedError to the driver’s error', () => {
      const wrapped = new QueryFailedError('SELECT 1', [], postgresError('57P01', 'terminating connection'));
      expect(unavailableDependencyOf(wrapped)).toBe('database');
    });

    it('recognises pg’s messages that carry no code: a lost connection, a pool that timed out', () => {
      for (const message of [
        'Connection terminated unexpectedly',
        'Connection terminated due to connection timeout',
        'timeout exceeded when trying to connect',
        'Client has encountered a connection error and is not queryable',
      ])
        expect(unavailableDependencyOf(new Error(message))).toBe('database');
      expect(unavailableDependencyOf(new ConnectionIsNotSetError('postgres'))).toBe('database');
    });

    it('finds the refusal inside an AggregateError (one per address tried) and inside a cause', () => {
      const aggregate = Object.assign(new AggregateError([socketError('ECONNREFUSED')], ''), { code: undefined });
      expect(unavailableDependencyOf(aggregate)).toBe('database');
      expect(unavailableDependencyOf(new Error('query failed', { cause: socketError('ECONNREFUSED') }))).toBe(
        'database',
      );
    });

    it('leaves SQL errors of the query itself alone: a bug or a conflict is not an outage', () => {
      for (const [code, message] of [
        ['23505', 'duplicate key value violates unique constraint'],
        ['42P01', 'relation "x" does not exist'],
        ['40001', 'could not serialize access'],
        ['57014', 'canceling statement due to statement timeout'],
      ] as const)
        expect(unavailableDependencyOf(new QueryFailedError('q', [], postgresError(code, message)))).toBeUndefined();
    });
  });

  describe('the workflow engine', () => {
    it('recognises an SDK call that failed with UNAVAILABLE, DEADLINE_EXCEEDED or RESOURCE_EXHAUSTED', () => {
      for (const code of [14, 4, 8])
        expect(
          unavailableDependencyOf(new ServiceError('Workflow Update failed', { cause: grpcError(code, 'no') })),
        ).toBe('workflow-engine');
    });

    it('recognises a failed connection (no gRPC status) and an Update call that gave up', () => {
      expect(
        unavailableDependencyOf(
          new ServiceError('Failed to connect to Temporal server', { cause: new Error('deadline passed') }),
        ),
      ).toBe('workflow-engine');
      expect(unavailableDependencyOf(new WorkflowUpdateRPCTimeoutOrCancelledError('timeout'))).toBe('workflow-engine');
      expect(unavailableDependencyOf(grpcError(14, 'No connection established'))).toBe('workflow-engine');
    });

    it('leaves an engine answer that is not an outage alone (a bad request, a missing workflow)', () => {
      expect(
        unavailableDependencyOf(new ServiceError('Failed to start', { cause: grpcError(3, 'invalid argument') })),
      ).toBeUndefined();
      expect(unavailableDependencyOf(grpcError(9, 'failed precondition'))).toBeUndefined();
      expect(unavailableDependencyOf(new WorkflowNotFoundError('gone', 'wf-1', undefined))).toBeUndefined();
    });
  });

  it('says nothing of ordinary errors and of non-errors', () => {
    for (const value of [new Error('boom'), new TypeError('x is undefined'), undefined, null, 'ECONNREFUSED', 42])
      expect(unavailableDependencyOf(value)).toBeUndefined();
  });

  it('stops on a cycle of causes', () => {
    const a: { cause?: unknown } & Error = new Error('a');
    const b = new Error('b', { cause: a });
    a.cause = b;
    expect(unavailableDependencyOf(a)).toBeUndefined();
  });
});

// Counts the SQL statements a unit of work (a GraphQL request) sends, so tests
// and logs can catch N+1 queries. Counting happens in a driver adapter
// decorator, below Prisma, so it sees every statement: model queries, raw
// queries and everything inside interactive transactions.
import { AsyncLocalStorage } from "node:async_hooks";
import type {
  IsolationLevel,
  SqlDriverAdapter,
  SqlDriverAdapterFactory,
  SqlQuery,
  SqlQueryable,
  Transaction,
} from "@prisma/driver-adapter-utils";

export type StatementEvent = {
  sql: string;
  durationMs: number;
  inTransaction: boolean;
  /** The error the statement failed with, if it did. */
  error?: unknown;
};

export type StatementListener = (event: StatementEvent) => void;

type Tally = { statements: number; transactions: number };

const scope = new AsyncLocalStorage<Tally>();

/**
 * Runs `fn` with a fresh statement counter that everything started from it
 * (awaited or not) reports to. Wrap a request handler in it, read the count
 * with `currentStatementCount()` anywhere inside.
 */
export function runWithStatementCounter<T>(fn: () => T): T {
  return scope.run({ statements: 0, transactions: 0 }, fn);
}

/** Statements sent so far in the current `runWithStatementCounter` scope; undefined outside one. */
export function currentStatementCount(): number | undefined {
  return scope.getStore()?.statements;
}

/** Transactions started so far in the current scope; undefined outside one. */
export function currentTransactionCount(): number | undefined {
  return scope.getStore()?.transactions;
}

// BEGIN/COMMIT are sent as statements by @prisma/adapter-pg but handled inside
// PGlite's adapter, so they are not counted: the same code counts the same on both.
const transactionControl = /^\s*(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE)\b/i;

async function observe<T>(
  query: SqlQuery,
  inTransaction: boolean,
  onStatement: StatementListener | undefined,
  run: () => Promise<T>,
): Promise<T> {
  if (transactionControl.test(query.sql)) return run();
  // Read the scope before awaiting: it is the caller's context.
  const tally = scope.getStore();
  if (tally) tally.statements += 1;
  if (!onStatement) return run();
  const started = performance.now();
  try {
    const result = await run();
    onStatement({ sql: query.sql, durationMs: performance.now() - started, inTransaction });
    return result;
  } catch (error) {
    onStatement({ sql: query.sql, durationMs: performance.now() - started, inTransaction, error });
    throw error;
  }
}

function countingQueryable(queryable: SqlQueryable, inTransaction: boolean, onStatement?: StatementListener) {
  return {
    provider: queryable.provider,
    adapterName: queryable.adapterName,
    queryRaw: (query: SqlQuery) =>
      observe(query, inTransaction, onStatement, () => queryable.queryRaw(query)),
    executeRaw: (query: SqlQuery) =>
      observe(query, inTransaction, onStatement, () => queryable.executeRaw(query)),
  };
}

function countingTransaction(tx: Transaction, onStatement?: StatementListener): Transaction {
  const wrapped: Transaction = {
    ...countingQueryable(tx, true, onStatement),
    options: tx.options,
    commit: () => tx.commit(),
    rollback: () => tx.rollback(),
  };
  // Optional methods: Prisma checks for them to decide whether nested transactions work.
  const { createSavepoint, rollbackToSavepoint, releaseSavepoint } = tx;
  if (createSavepoint) wrapped.createSavepoint = (name) => createSavepoint.call(tx, name);
  if (rollbackToSavepoint) wrapped.rollbackToSavepoint = (name) => rollbackToSavepoint.call(tx, name);
  if (releaseSavepoint) wrapped.releaseSavepoint = (name) => releaseSavepoint.call(tx, name);
  return wrapped;
}

/** `adapter` reporting each statement to the current counter scope and to `onStatement`. */
export function countingAdapter(
  adapter: SqlDriverAdapter,
  onStatement?: StatementListener,
): SqlDriverAdapter {
  const wrapped: SqlDriverAdapter = {
    ...countingQueryable(adapter, false, onStatement),
    executeScript: (script: string) => adapter.executeScript(script),
    startTransaction: async (isolationLevel?: IsolationLevel) => {
      const tally = scope.getStore();
      if (tally) tally.transactions += 1;
      return countingTransaction(await adapter.startTransaction(isolationLevel), onStatement);
    },
    dispose: () => adapter.dispose(),
  };
  const { getConnectionInfo } = adapter;
  if (getConnectionInfo) wrapped.getConnectionInfo = () => getConnectionInfo.call(adapter);
  return wrapped;
}

/** A factory whose adapters count their statements (see `countingAdapter`). */
export function countingAdapterFactory(
  factory: SqlDriverAdapterFactory,
  onStatement?: StatementListener,
): SqlDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => countingAdapter(await factory.connect(), onStatement),
  };
}

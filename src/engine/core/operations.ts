import type { World } from '../world';
import type { Clock } from './clock';
import type { Principal } from './principal';
import type { Rng } from './rng';
import type { Charge } from './costLedger';
import type { SqlRunner } from '../sql/runner';

/** What the engine was given to run with: the SQL runner (a worker in the browser). */
export interface EngineRuntime {
  sql(): SqlRunner;
}

/** How deferred work ended. */
export type DeferredOutcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

/** An IAM action on a resource that an operation needs, e.g. s3:GetObject on an object ARN. */
export interface RequiredAccess {
  action: string;
  resource: string;
  /** IAM condition context keys for this request (s3:prefix, aws:username…). */
  context?: Record<string, string>;
}

export interface CallOptions {
  /** A user or role: an ARN, `user/name`, `role/name`, an access key id, or a bare name. */
  principal?: string;
  /**
   * Leave the call out of the event log: data-plane traffic a simulated source sends on its
   * own every second (CloudTrail does not log data events unless a trail asks for them).
   */
  unlogged?: boolean;
}

/** What an operation sees besides its input: the world, who is calling, and engine services. */
export interface OperationContext {
  readonly world: World;
  readonly principal: Principal;
  readonly region: string;
  /** Simulated epoch milliseconds at the time of the call. */
  readonly now: number;
  readonly rng: Rng;
  readonly clock: Clock;
  readonly service: string;
  readonly operation: string;
  /** The next value of a world counter; with `count`, reserves that many and returns the first. */
  nextId(counter: string, count?: number): number;
  charge(charge: Charge): void;
  isAllowed(access: RequiredAccess): boolean;
  /** Throws the service's access-denied error unless IAM allows it. */
  authorize(access: RequiredAccess): void;
  readonly runtime: EngineRuntime;
  /**
   * Work that finishes after the call has returned (Athena's SQL runs in a worker): `work`
   * starts now; `finish` runs later as its own engine step, with a fresh context, and
   * subscribers are notified. `engine.settled()` waits for all of it.
   */
  defer<T>(
    work: () => Promise<T>,
    finish: (outcome: DeferredOutcome<T>, ctx: OperationContext) => void | Promise<void>,
  ): void;
  /** A nested call, as this principal unless another is named (a crawler acts as its role). */
  call<O = unknown>(
    service: string,
    operation: string,
    input: unknown,
    options?: CallOptions,
  ): Promise<O>;
}

export interface OperationDef<I = never, O = unknown> {
  /** Reads change nothing: they do not notify subscribers or autosave. */
  readOnly?: boolean;
  /** The IAM accesses checked before `run`; default `<prefix>:<Operation>` on `*`. */
  authorize?: (input: I, ctx: OperationContext) => RequiredAccess[];
  run(input: I, ctx: OperationContext): O | Promise<O>;
}

/** Erases an operation's input type so a service's table can hold all of them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyOperation = OperationDef<any, unknown>;

export interface EngineHooks {
  clock: Clock;
  /** A context for work the engine does on its own (scheduled events), as a principal. */
  contextFor(principal: string, service: string, operation: string): OperationContext;
  world(): World;
}

export interface ServiceModule {
  /** The engine's service name, as in `engine.call('s3', …)` and the CLI. */
  name: string;
  /** The IAM action prefix (`s3`, `glue`, `lakeformation`…). */
  iamPrefix: string;
  /** S3 answers `AccessDenied`; JSON services answer `AccessDeniedException`. */
  accessDeniedCode: string;
  operations: Record<string, AnyOperation>;
  /** Registers clock handlers and tickers. */
  install?(hooks: EngineHooks): void;
}

/** Reads an operation's input as a record, whatever the caller passed. */
export function asRecord(input: unknown): Record<string, unknown> {
  return input !== null && typeof input === 'object' ? (input as Record<string, unknown>) : {};
}

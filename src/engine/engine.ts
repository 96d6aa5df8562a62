import { CallContext, type ContextHost } from './callContext';
import { Clock } from './core/clock';
import { AwsError, isAwsError } from './core/errors';
import { appendLogEntry, type EventLogEntry } from './core/eventLog';
import { nextCounter } from './core/ids';
import type {
  AnyOperation,
  CallOptions,
  DeferredOutcome,
  EngineHooks,
  EngineRuntime,
  OperationContext,
  ServiceModule,
} from './core/operations';
import type { Principal } from './core/principal';
import { resolvePrincipal } from './iam/principals';
import { getDefaultSqlRunner, type SqlRunner } from './sql/runner';
import { inProcessSqlRunner } from './sql/inProcessRunner';
import { sdkConfigFor, type SdkConfig, type SdkCredentials } from './sdk/config';
import { cloneWorld, createWorld, DEFAULT_START, WORLD_FORMAT_VERSION, type World } from './world';

export interface EngineOptions {
  seed?: number;
  /** The simulated start time. */
  start?: Date | string;
  services?: ServiceModule[];
  /** Runs Athena's SQL; the default set by `setDefaultSqlRunner`, else sql.js in-process. */
  sqlRunner?: SqlRunner;
}

/** The clock as callers see it: every move goes through the engine's queue of work. */
export interface EngineClock {
  now(): Date;
  nextEventAt(options?: { includeBackground?: boolean }): Date | undefined;
  advance(ms: number): Promise<void>;
  advanceTo(time: Date | number): Promise<void>;
  stepToNextEvent(): Promise<boolean>;
  runUntilIdle(limitMs?: number): Promise<void>;
}

type Listener = () => void;

const isReadOperation = (name: string) => /^(Get|List|Describe|Head|Search|BatchGet)/.test(name);

export class Engine {
  private state: World;
  private readonly services = new Map<string, ServiceModule>();
  private readonly rawClock: Clock;
  private readonly listeners = new Set<Listener>();
  private work: Promise<unknown> = Promise.resolve();
  private readonly pending = new Set<Promise<unknown>>();
  private readonly runtime: EngineRuntime;
  private readonly host: ContextHost;
  readonly clock: EngineClock;

  constructor(options: EngineOptions = {}) {
    const start = new Date(options.start ?? DEFAULT_START).getTime();
    if (Number.isNaN(start))
      throw new Error(`The start time "${String(options.start)}" is not a date.`);
    this.state = createWorld(options.seed ?? 1, start);
    const given = options.sqlRunner;
    let own: SqlRunner | undefined;
    // One in-process runner per engine, created on the first query, so its table cache lives on.
    this.runtime = { sql: () => given ?? getDefaultSqlRunner() ?? (own ??= inProcessSqlRunner()) };
    this.rawClock = new Clock(
      () => this.state.clock,
      () => this.notify(),
    );
    const clock = this.rawClock;
    this.clock = {
      now: () => clock.now(),
      nextEventAt: (o) => clock.nextEventAt(o),
      advance: (ms) => this.serially(() => clock.advance(ms)),
      advanceTo: (time) => this.serially(() => clock.advanceTo(new Date(time).getTime())),
      stepToNextEvent: () => this.serially(() => clock.stepToNextEvent()),
      runUntilIdle: (limit) => this.serially(() => clock.runUntilIdle(limit)),
    };
    this.host = {
      clock,
      runtime: this.runtime,
      call: (principal, service, operation, input, options) => {
        const target = this.module(service);
        return this.run(
          target,
          operation,
          this.operationOf(target, operation),
          input ?? {},
          options.principal ? resolvePrincipal(this.state, options.principal) : principal,
          options.unlogged === true,
        );
      },
      defer: (principal, module, operation, work, finish) =>
        this.defer(principal, module, operation, work, finish),
    };
    const hooks: EngineHooks = {
      clock,
      world: () => this.state,
      contextFor: (principal, service, operation) =>
        this.context(resolvePrincipal(this.state, principal), this.module(service), operation),
    };
    for (const service of options.services ?? []) {
      this.services.set(service.name, service);
      service.install?.(hooks);
    }
  }

  /** The live world, for selectors. Treat it as read-only: change it through `call`. */
  get world(): World {
    return this.state;
  }

  get accountId(): string {
    return this.state.defaultAccountId;
  }

  get region(): string {
    return this.state.region;
  }

  serviceNames(): string[] {
    return [...this.services.keys()];
  }

  operationNames(service: string): string[] {
    return Object.keys(this.services.get(service)?.operations ?? {});
  }

  /** Calls an AWS operation as a principal (the administrator unless named). */
  call<O = unknown>(
    service: string,
    operation: string,
    input: unknown = {},
    options: CallOptions = {},
  ): Promise<O> {
    return this.serially(() => this.invoke<O>(service, operation, input, options.principal));
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** A copy of the world that later calls do not change. */
  snapshot(): World {
    return cloneWorld(this.state);
  }

  /** Replaces the world with a snapshot (taken by `snapshot()` or loaded from a save). */
  restore(snapshot: World): void {
    if (snapshot.formatVersion !== WORLD_FORMAT_VERSION)
      throw new Error(
        `This lab was saved in format ${String(snapshot.formatVersion)}; LakeLab reads format ${WORLD_FORMAT_VERSION}.`,
      );
    this.state = cloneWorld(snapshot);
    this.notify();
  }

  /** Configuration for real AWS SDK v3 clients that talk to this engine in-process (the admin's keys by default). */
  sdkConfig(credentials?: SdkCredentials): SdkConfig {
    return sdkConfigFor(this, credentials);
  }

  /** Resolves when no deferred work (a running Athena query…) is left. */
  async settled(): Promise<void> {
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
    await this.work;
  }

  eventLog(): readonly EventLogEntry[] {
    return this.state.log;
  }

  private serially<T>(task: () => Promise<T>): Promise<T> {
    const result = this.work.then(task, task);
    this.work = result.catch(() => undefined);
    return result;
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }

  private module(service: string): ServiceModule {
    const module = this.services.get(service);
    if (!module)
      throw new AwsError(
        'UnknownServiceException',
        `LakeLab does not simulate the service "${service}". Services: ${this.serviceNames().join(', ')}.`,
      );
    return module;
  }

  private operationOf(module: ServiceModule, operation: string): AnyOperation {
    const op = Object.hasOwn(module.operations, operation)
      ? module.operations[operation]
      : undefined;
    if (!op)
      throw new AwsError(
        'UnknownOperationException',
        `LakeLab does not simulate ${module.name}:${operation}. Run "aws ${module.name} help" in the terminal to list the operations it supports.`,
      );
    return op;
  }

  private async invoke<O>(
    service: string,
    operation: string,
    input: unknown,
    principalRef?: string,
  ): Promise<O> {
    const module = this.module(service);
    const op = this.operationOf(module, operation);
    const principal = resolvePrincipal(this.state, principalRef);
    return this.run<O>(module, operation, op, input ?? {}, principal);
  }

  private async run<O>(
    module: ServiceModule,
    operation: string,
    op: AnyOperation,
    input: unknown,
    principal: Principal,
    unlogged = false,
  ): Promise<O> {
    const ctx = this.context(principal, module, operation);
    const readOnly = op.readOnly ?? isReadOperation(operation);
    const entry: EventLogEntry = {
      id: nextCounter(this.state.clock.counters, 'log'),
      time: ctx.now,
      principal: principal.callerArn,
      service: module.name,
      operation,
      readOnly,
      outcome: 'allowed',
    };
    try {
      const accesses = op.authorize
        ? op.authorize(input as never, ctx)
        : [{ action: `${module.iamPrefix}:${operation}`, resource: '*' }];
      entry.resources =
        accesses.length === 1
          ? [accesses[0]!.resource]
          : [...new Set(accesses.map((a) => a.resource))];
      for (const access of accesses) ctx.authorize(access);
      const output = (await op.run(input as never, ctx)) as O;
      if (!unlogged) appendLogEntry(this.state.log, entry);
      return output;
    } catch (error) {
      if (isAwsError(error)) {
        entry.outcome = error.name === module.accessDeniedCode ? 'denied' : 'error';
        entry.errorCode = error.name;
        entry.errorMessage = error.message;
      } else {
        entry.outcome = 'error';
        entry.errorCode = 'InternalFailure';
      }
      if (!unlogged) appendLogEntry(this.state.log, entry);
      throw error;
    } finally {
      if (!readOnly) this.notify();
    }
  }

  private defer<T>(
    principal: Principal,
    module: ServiceModule,
    operation: string,
    work: () => Promise<T>,
    finish: (outcome: DeferredOutcome<T>, ctx: OperationContext) => void | Promise<void>,
  ): void {
    const started = Promise.resolve()
      .then(work)
      .then(
        (value): DeferredOutcome<T> => ({ ok: true, value }),
        (error: unknown): DeferredOutcome<T> => ({ ok: false, error }),
      );
    const done = started.then((outcome) =>
      this.serially(async () => {
        try {
          await finish(outcome, this.context(principal, module, operation));
        } finally {
          this.notify();
        }
      }),
    );
    this.pending.add(done);
    void done.finally(() => this.pending.delete(done)).catch(() => undefined);
  }

  private context(
    principal: Principal,
    module: ServiceModule,
    operation: string,
  ): OperationContext {
    return new CallContext(this.host, this.state, principal, module, operation);
  }
}

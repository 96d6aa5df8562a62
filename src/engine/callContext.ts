import type { Clock } from './core/clock';
import { addCharge, type Charge } from './core/costLedger';
import { AwsError } from './core/errors';
import { nextCounter } from './core/ids';
import type {
  CallOptions,
  DeferredOutcome,
  EngineRuntime,
  OperationContext,
  RequiredAccess,
  ServiceModule,
} from './core/operations';
import type { Principal } from './core/principal';
import { createRng, type Rng } from './core/rng';
import { accessDeniedMessage, createDecider } from './iam/principals';
import type { Decision } from './iam/policy';
import type { World } from './world';

/** What a call's context needs from the engine that made it. */
export interface ContextHost {
  readonly clock: Clock;
  readonly runtime: EngineRuntime;
  /** A nested call, as `principal` unless the options name another. */
  call<O>(
    principal: Principal,
    service: string,
    operation: string,
    input: unknown,
    options: CallOptions,
  ): Promise<O>;
  defer<T>(
    principal: Principal,
    module: ServiceModule,
    operation: string,
    work: () => Promise<T>,
    finish: (outcome: DeferredOutcome<T>, ctx: OperationContext) => void | Promise<void>,
  ): void;
}

/**
 * The context of one operation call. Its methods live on the prototype, so a call makes one
 * object rather than a closure per method: a month-long clock jump makes hundreds of thousands
 * of calls (every Firehose and DMS write is one).
 */
export class CallContext implements OperationContext {
  readonly world: World;
  readonly principal: Principal;
  readonly region: string;
  readonly now: number;
  readonly clock: Clock;
  readonly service: string;
  readonly operation: string;
  readonly runtime: EngineRuntime;
  private readonly host: ContextHost;
  private readonly module: ServiceModule;
  /** Gathered on the first check of this call, then reused for every check. */
  private decider: ((access: RequiredAccess) => Decision) | undefined = undefined;
  /** Made on first use: most operations draw no random number. */
  private lazyRng: Rng | undefined = undefined;

  constructor(
    host: ContextHost,
    world: World,
    principal: Principal,
    module: ServiceModule,
    operation: string,
  ) {
    this.host = host;
    this.world = world;
    this.principal = principal;
    this.region = world.region;
    this.now = world.clock.now;
    this.clock = host.clock;
    this.service = module.name;
    this.operation = operation;
    this.runtime = host.runtime;
    this.module = module;
  }

  get rng(): Rng {
    return (this.lazyRng ??= createRng(this.world));
  }

  /** Bound, not on the prototype: S3 passes `ctx.charge` on as a function. */
  readonly charge = (charge: Charge): void => {
    addCharge(this.world.ledger, this.world.clock.now, charge);
  };

  nextId(counter: string, count?: number): number {
    return nextCounter(this.world.clock.counters, counter, count);
  }

  isAllowed(access: RequiredAccess): boolean {
    return this.decide(access).effect === 'Allow';
  }

  authorize(access: RequiredAccess): void {
    const decision = this.decide(access);
    if (decision.effect !== 'Allow')
      throw new AwsError(
        this.module.accessDeniedCode,
        accessDeniedMessage(this.principal, access, decision),
        { statusCode: 403, resource: access.resource },
      );
  }

  defer<T>(
    work: () => Promise<T>,
    finish: (outcome: DeferredOutcome<T>, ctx: OperationContext) => void | Promise<void>,
  ): void {
    this.host.defer(this.principal, this.module, this.operation, work, finish);
  }

  call<O = unknown>(
    service: string,
    operation: string,
    input: unknown,
    options: CallOptions = {},
  ): Promise<O> {
    return this.host.call<O>(this.principal, service, operation, input, options);
  }

  private decide(access: RequiredAccess): Decision {
    return (this.decider ??= createDecider(this.world, this.principal))(access);
  }
}

import { parseDuration } from '../core/clock';
import type { Engine } from '../engine';
import { createEngine } from '../index';

/** The headless driver tests use: reads like the story it tests. */
export class TestLake {
  readonly engine: Engine;
  private principal: string | undefined;

  constructor(
    options: { seed?: number; start?: string } = {},
    engine?: Engine,
    principal?: string,
  ) {
    this.engine = engine ?? createEngine(options);
    this.principal = principal;
  }

  /** The same lake, acting as another principal. */
  as(principal: string): TestLake {
    return new TestLake({}, this.engine, principal);
  }

  call<O = Record<string, unknown>>(
    service: string,
    operation: string,
    input: unknown = {},
  ): Promise<O> {
    return this.engine.call<O>(
      service,
      operation,
      input,
      this.principal ? { principal: this.principal } : {},
    );
  }

  /** The AWS error code a call fails with (fails the test if the call succeeds). */
  async errorOf(
    service: string,
    operation: string,
    input: unknown = {},
  ): Promise<{ name: string; message: string }> {
    try {
      await this.call(service, operation, input);
    } catch (error) {
      return error as { name: string; message: string };
    }
    throw new Error(`${service}:${operation} succeeded, but the test expected it to fail`);
  }

  async advance(duration: string | number): Promise<this> {
    await this.engine.clock.advance(parseDuration(duration));
    return this;
  }

  now(): Date {
    return this.engine.clock.now();
  }
}

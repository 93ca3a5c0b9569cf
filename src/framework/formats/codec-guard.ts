/**
 * A codec's one failure type: anything escaping a read or write (a runaway nesting, a bad bigint)
 * still surfaces as a SerializationException, which the pipeline answers with a 4xx, never a 500.
 */
import { SerializationException } from '../errors/exceptions.js';

export function guarded<T>(format: string, what: 'read' | 'write', fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof SerializationException) throw e;
    throw new SerializationException(`Could not ${what} ${format}: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
}

/**
 * JSV settings beyond the shared CodecOptions: the few `JsConfig` switches ServiceStack.Text
 * exposes that change JSV bytes. All are optional and default to ServiceStack's defaults, so a
 * plain CodecOptions is always a valid JsvOptions.
 */
import type { Constructor } from '../../types/type-ref.js';
import { codecOptions, type CodecOptions, type CodecOptionsInput } from '../codec-options.js';

export interface JsvOptions extends CodecOptions {
  /**
   * Assembly name written in `__type` hints (`"Namespace.Type, Assembly"`). .NET takes it from
   * the compiled assembly, which a TS server does not have; by default the namespace's first
   * segment is used (`MyApp.ServiceModel` → `MyApp`).
   */
  assemblyName?: string | ((namespace: string) => string);
  /**
   * DTO classes a `__type` hint may instantiate when reading (ServiceStack's runtime-type
   * whitelist). Without it, any registered DTO class deriving from the declared type may be named.
   * Hints naming anything else are ignored, as .NET ignores unknown types.
   */
  knownTypes?: readonly Constructor[];
  /** `JsConfig.TreatEnumAsInteger`: every enum written as its number. */
  treatEnumAsInteger?: boolean;
  /** `JsConfig.DateHandler`: only the Unix forms affect JSV. */
  dateHandler?: 'UnixTime' | 'UnixTimeMs';
  /** `JsConfig.ExcludeDefaultValues`: skip members holding their type's default (enums excepted). */
  excludeDefaultValues?: boolean;
  /** `JsConfig.ExcludePropertyReferences`: `"DeclaringType.Member"` names never written. */
  excludePropertyReferences?: readonly string[];
  /**
   * `JsConfig.ConvertObjectTypesIntoStringDictionary`: `object`-typed values that are `{…}` or
   * `[…]` are read as dictionaries / lists of strings instead of their raw text.
   */
  convertObjectTypesIntoStringDictionary?: boolean;
}

/** JsvOptions as callers give them: any subset, limits included. */
export type JsvOptionsInput = Omit<Partial<JsvOptions>, 'limits'> & CodecOptionsInput;

/** Full options from a partial set, with the project's codec defaults (camelCase, .NET Core). */
export function jsvOptions(partial: JsvOptionsInput = {}): JsvOptions {
  return codecOptions(partial) as JsvOptions;
}

export function assemblyOf(options: JsvOptions, namespace: string): string {
  const a = options.assemblyName;
  if (typeof a === 'string') return a;
  if (typeof a === 'function') return a(namespace);
  const dot = namespace.indexOf('.');
  return dot < 0 ? namespace : namespace.slice(0, dot);
}

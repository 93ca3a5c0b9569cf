/**
 * The ServiceStack platform a host emulates, as one setting: each profile bundles the host
 * settings in which ServiceStack on .NET Framework and on .NET Core answer differently. A host's
 * own settings still override any of them.
 */
import type { DotNetRuntime } from '../types/number-format.js';
import type { TextCase } from '../types/text-case.js';

export type Platform = 'netcore' | 'netfx-5.4';

export interface PlatformSettings {
  /** ServiceStack JSON/JSV member casing: camelCase like .NET Core hosts, PascalCase like .NET Framework ones. */
  textCase: TextCase;
  /** Number formatting of ServiceStack routes: .NET Core's shortest round-trip, or .NET Framework's 15 significant digits. */
  runtime: DotNetRuntime;
  /** ArgumentException's parameter suffix: .NET Core's ` (Parameter 'X')` or .NET Framework's `\r\nParameter name: X`. */
  argumentMessages: DotNetRuntime;
  /** ServiceStack JSON DateTimeOffset convention: `legacy` (≤ v6.10 clients) or `v6.11`. */
  dateTimeOffset: 'legacy' | 'v6.11';
  /**
   * ServiceStack routes: DateTimes read from JSON/JSV text in UTC, with an offset or date-only become
   * server-local, as ServiceStack 5 does; off keeps the Kind the text names (Z → Utc).
   */
  localDateTimes: boolean;
}

export const PLATFORM_PROFILES: Readonly<Record<Platform, PlatformSettings>> = {
  netcore: { textCase: 'camelCase', runtime: 'core', argumentMessages: 'core', dateTimeOffset: 'legacy', localDateTimes: false },
  'netfx-5.4': { textCase: 'PascalCase', runtime: 'framework', argumentMessages: 'framework', dateTimeOffset: 'legacy', localDateTimes: true },
};

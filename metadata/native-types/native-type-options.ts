/**
 * The `/* Options: … *\/` header of generated DTOs and the query options it stands for. The DTO
 * tools (`npx typescript-ref`, `x csharp`) re-send every line that does not start with `//`, so
 * an option passed in the query string is echoed without `//`, and `BaseUrl:` says where to go.
 */
import { DEFAULT_CSHARP_CONFIG, type CSharpConfig } from './csharp-generator.js';
import { DEFAULT_GO_CONFIG, type GoConfig } from './go-generator.js';
import { DEFAULT_JAVA_CONFIG, type JavaConfig } from './java-generator.js';
import { DEFAULT_KOTLIN_CONFIG, type KotlinConfig } from './kotlin-generator.js';
import { DEFAULT_PYTHON_CONFIG, type PythonConfig } from './python-generator.js';
import { DEFAULT_TYPESCRIPT_CONFIG, type TypeScriptConfig } from './typescript-generator.js';
import type { TypeFilter } from './native-model.js';

/** The ServiceStack version whose generator output these files follow. */
export const SERVICESTACK_VERSION = '8.53';

/** Query options with case-insensitive names (ServiceStack's QueryString is). */
export class NativeTypeQuery {
  private readonly values = new Map<string, string>();
  constructor(query: ReadonlyMap<string, string>) {
    for (const [k, v] of query) this.values.set(k.toLowerCase(), v);
  }
  /** The raw value, undefined when absent or empty. */
  get(name: string): string | undefined {
    const v = this.values.get(name.toLowerCase());
    return v === undefined || v === '' ? undefined : v;
  }
  has(name: string): boolean { return this.values.has(name.toLowerCase()); }
  bool(name: string, fallback: boolean): boolean {
    const v = this.get(name);
    return v === undefined ? fallback : v.toLowerCase() === 'true';
  }
  list(name: string): string[] | undefined {
    const v = this.get(name);
    return v === undefined ? undefined : v.split(',').map((s) => s.trim()).filter(Boolean);
  }
}

export function typeFilterOf(q: NativeTypeQuery): TypeFilter {
  const includeTypes = q.list('IncludeTypes');
  const excludeTypes = q.list('ExcludeTypes');
  return { ...(includeTypes ? { includeTypes } : {}), ...(excludeTypes ? { excludeTypes } : {}) };
}

export function csharpConfigOf(q: NativeTypeQuery): CSharpConfig {
  const d = DEFAULT_CSHARP_CONFIG;
  const globalNamespace = q.get('GlobalNamespace');
  return {
    ...d,
    ...(globalNamespace ? { globalNamespace } : {}),
    makePartial: q.bool('MakePartial', d.makePartial),
    makeVirtual: q.bool('MakeVirtual', d.makeVirtual),
    makeInternal: q.bool('MakeInternal', d.makeInternal),
    addReturnMarker: q.bool('AddReturnMarker', d.addReturnMarker),
    addDescriptionAsComments: q.bool('AddDescriptionAsComments', d.addDescriptionAsComments),
    addDataContractAttributes: q.bool('AddDataContractAttributes', d.addDataContractAttributes),
    addIndexesToDataMembers: q.bool('AddIndexesToDataMembers', d.addIndexesToDataMembers),
    addResponseStatus: q.bool('AddResponseStatus', d.addResponseStatus),
    initializeCollections: q.bool('InitializeCollections', d.initializeCollections),
    addNamespaces: q.list('AddNamespaces') ?? [],
  };
}

export function typescriptConfigOf(q: NativeTypeQuery, textCase: TypeScriptConfig['textCase']): TypeScriptConfig {
  const d = DEFAULT_TYPESCRIPT_CONFIG;
  const globalNamespace = q.get('GlobalNamespace');
  return {
    ...d,
    ...(globalNamespace ? { globalNamespace } : {}),
    makePropertiesOptional: q.bool('MakePropertiesOptional', d.makePropertiesOptional),
    addServiceStackTypes: q.bool('AddServiceStackTypes', d.addServiceStackTypes),
    addResponseStatus: q.bool('AddResponseStatus', d.addResponseStatus),
    addDescriptionAsComments: q.bool('AddDescriptionAsComments', d.addDescriptionAsComments),
    exportAsTypes: q.bool('ExportAsTypes', d.exportAsTypes),
    defaultImports: q.list('DefaultImports') ?? d.defaultImports,
    textCase,
  };
}

/** The options every client language shares; `DefaultImports` replaces the default imports. */
function commonConfigOf<T extends { addResponseStatus: boolean; addDescriptionAsComments: boolean }>(q: NativeTypeQuery, d: T): T & { defaultImports?: string[] } {
  const defaultImports = q.list('DefaultImports');
  return {
    ...d,
    addResponseStatus: q.bool('AddResponseStatus', d.addResponseStatus),
    addDescriptionAsComments: q.bool('AddDescriptionAsComments', d.addDescriptionAsComments),
    ...(defaultImports ? { defaultImports } : {}),
  };
}

export function javaConfigOf(q: NativeTypeQuery): JavaConfig {
  const d = DEFAULT_JAVA_CONFIG;
  const pkg = q.get('Package');
  return {
    ...commonConfigOf(q, d),
    ...(pkg ? { package: pkg } : {}),
    globalNamespace: q.get('GlobalNamespace') ?? d.globalNamespace,
    addPropertyAccessors: q.bool('AddPropertyAccessors', d.addPropertyAccessors),
    settersReturnThis: q.bool('SettersReturnThis', d.settersReturnThis),
  };
}

export function kotlinConfigOf(q: NativeTypeQuery): KotlinConfig {
  const pkg = q.get('Package');
  return { ...commonConfigOf(q, DEFAULT_KOTLIN_CONFIG), ...(pkg ? { package: pkg } : {}), initializeCollections: q.bool('InitializeCollections', DEFAULT_KOTLIN_CONFIG.initializeCollections) };
}

export function pythonConfigOf(q: NativeTypeQuery): PythonConfig {
  const [globalNamespace, dataClass, dataClassJson] = [q.get('GlobalNamespace'), q.get('DataClass'), q.get('DataClassJson')];
  return {
    ...commonConfigOf(q, DEFAULT_PYTHON_CONFIG),
    ...(globalNamespace ? { globalNamespace } : {}), ...(dataClass ? { dataClass } : {}), ...(dataClassJson ? { dataClassJson } : {}),
  };
}

export function goConfigOf(q: NativeTypeQuery): GoConfig {
  const globalNamespace = q.get('GlobalNamespace');
  return { ...commonConfigOf(q, DEFAULT_GO_CONFIG), ...(globalNamespace ? { globalNamespace } : {}) };
}

const show = (v: boolean | string | readonly string[] | undefined): string =>
  typeof v === 'boolean' ? (v ? 'True' : 'False') : Array.isArray(v) ? v.join(',') : (v as string | undefined) ?? '';

export function csharpOptionLines(c: CSharpConfig, f: TypeFilter): [string, string][] {
  return [
    ['GlobalNamespace', show(c.globalNamespace)], ['MakePartial', show(c.makePartial)], ['MakeVirtual', show(c.makeVirtual)],
    ['MakeInternal', show(c.makeInternal)], ['MakeDataContractsExtensible', 'False'], ['AddNullableAnnotations', 'False'],
    ['AddReturnMarker', show(c.addReturnMarker)], ['AddDescriptionAsComments', show(c.addDescriptionAsComments)],
    ['AddDataContractAttributes', show(c.addDataContractAttributes)], ['AddIndexesToDataMembers', show(c.addIndexesToDataMembers)],
    ['AddGeneratedCodeAttributes', 'False'], ['AddResponseStatus', show(c.addResponseStatus)], ['AddImplicitVersion', ''],
    ['InitializeCollections', show(c.initializeCollections)], ['ExportValueTypes', 'False'],
    ['IncludeTypes', show(f.includeTypes)], ['ExcludeTypes', show(f.excludeTypes)], ['AddNamespaces', show(c.addNamespaces)],
    ['AddDefaultXmlNamespace', 'http://schemas.servicestack.net/types'],
  ];
}

export function typescriptOptionLines(c: TypeScriptConfig, f: TypeFilter): [string, string][] {
  return [
    ['GlobalNamespace', show(c.globalNamespace)], ['MakePropertiesOptional', show(c.makePropertiesOptional)],
    ['AddServiceStackTypes', show(c.addServiceStackTypes)], ['AddResponseStatus', show(c.addResponseStatus)],
    ['AddImplicitVersion', ''], ['AddDescriptionAsComments', show(c.addDescriptionAsComments)],
    ['IncludeTypes', show(f.includeTypes)], ['ExcludeTypes', show(f.excludeTypes)], ['DefaultImports', show(c.defaultImports)],
  ];
}

/** The option lines the four client languages share, after their own. */
const commonLines = (c: { addResponseStatus: boolean; addDescriptionAsComments: boolean }, f: TypeFilter): [string, string][] => [
  ['AddServiceStackTypes', 'True'], ['AddResponseStatus', show(c.addResponseStatus)], ['AddImplicitVersion', ''],
  ['AddDescriptionAsComments', show(c.addDescriptionAsComments)], ['IncludeTypes', show(f.includeTypes)], ['ExcludeTypes', show(f.excludeTypes)],
];

/** `imports`: what the file imports (the defaults plus Gson when used), as ServiceStack lists them. */
export function javaOptionLines(c: JavaConfig, f: TypeFilter, imports: readonly string[]): [string, string][] {
  return [
    ['Package', show(c.package)], ['GlobalNamespace', c.globalNamespace], ['AddPropertyAccessors', show(c.addPropertyAccessors)],
    ['SettersReturnThis', show(c.settersReturnThis)], ...commonLines(c, f), ['TreatTypesAsStrings', ''],
    ['DefaultImports', show(imports)],
  ];
}

export function kotlinOptionLines(c: KotlinConfig, f: TypeFilter, imports: readonly string[]): [string, string][] {
  return [
    ['Package', show(c.package)], ...commonLines(c, f), ['InitializeCollections', show(c.initializeCollections)], ['TreatTypesAsStrings', ''],
    ['DefaultImports', show(imports)],
  ];
}

export function pythonOptionLines(c: PythonConfig, f: TypeFilter): [string, string][] {
  return [['GlobalNamespace', show(c.globalNamespace)], ...commonLines(c, f), ['DefaultImports', show(c.defaultImports)], ['DataClass', show(c.dataClass)], ['DataClassJson', show(c.dataClassJson)]];
}

export function goOptionLines(c: GoConfig, f: TypeFilter): [string, string][] {
  return [['GlobalNamespace', show(c.globalNamespace)], ['MakePropertiesOptional', 'False'], ...commonLines(c, f), ['DefaultImports', show(c.defaultImports)]];
}

/** `yyyy-MM-dd HH:mm:ss` in the server's local time, as DateTime.Now.ToString("s") with a space. */
function localTimestamp(d: Date): string {
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}

/** How a language opens and closes the header block and comments out an option line. */
export interface HeaderStyle { readonly open: string; readonly close: string; readonly comment: string }
export const SLASH_HEADER: HeaderStyle = { open: '/* Options:', close: '*/', comment: '//' };
export const PYTHON_HEADER: HeaderStyle = { open: '""" Options:', close: '"""', comment: '#' };

export function optionsHeader(lines: readonly [string, string][], q: NativeTypeQuery, baseUrl: string, style: HeaderStyle = SLASH_HEADER, now = new Date()): string {
  if (q.has('WithoutOptions')) return '';
  const out = [style.open, `Date: ${localTimestamp(now)}`, `Version: ${SERVICESTACK_VERSION}`,
    `Tip: To override a DTO option, remove "${style.comment}" prefix before updating`, `BaseUrl: ${baseUrl}`, ''];
  for (const [name, value] of lines) out.push(`${q.get(name) === undefined ? style.comment : ''}${name}: ${value}`);
  out.push(style.close, '', '');
  return out.join('\n');
}


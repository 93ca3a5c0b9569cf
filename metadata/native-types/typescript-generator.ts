/**
 * TypeScript DTOs in the shape of ServiceStack's TypeScriptGenerator, for `@servicestack/client`:
 * classes with `Partial<T>` constructors, request DTOs implementing `IReturn<T>` with
 * `getTypeName()`, `getMethod()` and `createResponse()`. Base classes are declared before the
 * classes extending them (a class must exist when `extends` runs).
 */
import { getDtoMeta, type DtoMeta, type EnumMeta, type TextCase, type TypeRef } from '../../src/index.js';
import { declarationName, dtoName, inheritsName } from '../shared/type-names.js';
import { jsonMemberName } from '../shared/wire-names.js';
import { CodeWriter, stringLiteral } from './code-writer.js';
import { dependencyOrder, emittedMembers, enumIsNumeric, isBuiltIn, SERVICESTACK_INTERFACES, type NativeModel, type NativeOperation } from './native-model.js';

export interface TypeScriptConfig {
  globalNamespace?: string;
  makePropertiesOptional: boolean;
  addServiceStackTypes: boolean;
  addResponseStatus: boolean;
  addDescriptionAsComments: boolean;
  exportAsTypes: boolean;
  defaultImports: readonly string[];
  /** The host's JSON member casing for ServiceStack-dialect DTOs. */
  textCase: TextCase;
}

export const DEFAULT_TYPESCRIPT_CONFIG: TypeScriptConfig = {
  makePropertiesOptional: false, addServiceStackTypes: true, addResponseStatus: false, addDescriptionAsComments: true,
  exportAsTypes: true, defaultImports: [], textCase: 'camelCase',
};

const NUMBER_TYPES = new Set(['byte', 'sbyte', 'short', 'ushort', 'int', 'uint', 'long', 'ulong', 'float', 'double', 'decimal']);

export function tsType(t: TypeRef): string {
  switch (t.kind) {
    case 'primitive': return t.name === 'bool' ? 'boolean' : NUMBER_TYPES.has(t.name) ? 'number' : t.name === 'object' ? 'any' : 'string';
    case 'nullable': return tsType(t.of);
    case 'list': return `${tsType(t.of)}[]`;
    case 'dict': return `{ [index:${tsType(t.key) === 'number' ? 'number' : 'string'}]: ${tsType(t.value)}; }`;
    case 'class': return dtoName(t.ctor);
    case 'enum': return t.meta.name;
  }
}

/** What `createResponse()` returns for a declared response type, by its TypeScript spelling. */
function emptyValue(t: TypeRef): string {
  const inner = t.kind === 'nullable' ? t.of : t;
  if (inner.kind === 'class') return `new ${dtoName(inner.ctor)}()`;
  if (inner.kind === 'list') return `new Array<${tsType(inner.of)}>()`;
  return EMPTY_VALUES[tsType(inner)] ?? '{}';
}
const EMPTY_VALUES: Record<string, string> = { string: "''", number: '0', boolean: 'false', any: '{}' };

export function generateTypeScript(model: NativeModel, config: TypeScriptConfig, header = ''): string {
  const w = new CodeWriter();
  for (const imp of config.defaultImports) {
    const pos = imp.indexOf(':');
    w.line(pos < 0 ? `import ${imp};` : `import { ${imp.slice(0, pos)} } from "${imp.slice(pos + 1).replace(/^["']|["']$/g, '')}";`);
  }
  if (config.globalNamespace) w.line().line(`${config.exportAsTypes ? 'export' : 'declare'} module ${config.globalNamespace}`).line('{').indent();
  const requests = new Map(model.operations.map((o) => [o.request, o] as const));
  const types = model.types.filter((t) => config.addServiceStackTypes || !isBuiltIn(t));
  if (config.addServiceStackTypes) writeServiceStackInterfaces(w, model, config);
  for (const iface of model.interfaces) w.line().line(`${config.exportAsTypes ? 'export ' : ''}interface ${iface.name}`).line('{').line('}');
  for (const t of dependencyOrder(types, false)) {
    w.line();
    if (t.kind === 'enum') writeEnum(w, t.meta, config, enumIsNumeric(t.meta, model.types));
    else writeClass(w, t.meta, config, requests.get(t.ctor));
  }
  if (config.globalNamespace) w.unindent().line().line('}');
  w.line();
  return header + w.toString();
}

function writeServiceStackInterfaces(w: CodeWriter, model: NativeModel, config: TypeScriptConfig): void {
  if (!config.exportAsTypes) return;
  const used = new Set(model.types.flatMap((t) => (t.kind === 'class' ? t.meta.implements : [])).filter((i) => SERVICESTACK_INTERFACES.has(i)));
  if (model.operations.some((o) => o.returns)) w.line().line('export interface IReturn<T>').line('{').indent().line('createResponse(): T;').unindent().line('}');
  if (model.operations.some((o) => o.returnsVoid)) w.line().line('export interface IReturnVoid').line('{').indent().line('createResponse(): void;').unindent().line('}');
  for (const name of [...used].sort()) w.line().line(`export interface ${name}`).line('{').line('}');
}

function comments(w: CodeWriter, text: string | undefined, config: TypeScriptConfig): boolean {
  if (text === undefined || !config.addDescriptionAsComments) return false;
  w.line('/**').line(`* ${text.replace(/\*\//g, '* /').replace(/\r?\n/g, ' ')}`).line('*/');
  return true;
}

function writeEnum(w: CodeWriter, meta: EnumMeta, config: TypeScriptConfig, numeric: boolean): void {
  comments(w, meta.description, config);
  if (!config.exportAsTypes) {
    w.line(`type ${meta.name} = ${meta.members.map((m) => stringLiteral(m.name)).join(' | ')};`);
    return;
  }
  if (meta.flags) w.line('// @Flags()');
  w.line(`export enum ${meta.name}`).line('{').indent();
  for (const m of meta.members) w.line(numeric ? `${m.name} = ${m.value},` : `${m.name} = ${stringLiteral(m.enumMember ?? m.name, "'")},`);
  w.unindent().line('}');
}

function writeClass(w: CodeWriter, meta: DtoMeta, config: TypeScriptConfig, op: NativeOperation | undefined): void {
  const isClass = config.exportAsTypes;
  comments(w, meta.description, config);
  for (const r of op?.routes ?? []) w.line(r.verbs.length ? `// @Route(${stringLiteral(r.path)}, ${stringLiteral(r.verbs.join(','))})` : `// @Route(${stringLiteral(r.path)})`);
  if (meta.dataContract && isClass) w.line('// @DataContract');
  const marker = op ? (op.returnsVoid ? 'IReturnVoid' : op.returns ? `IReturn<${tsType(op.returns)}>` : undefined) : undefined;
  const interfaces = [marker, ...meta.implements].filter((x): x is string => !!x);
  const base = inheritsName(meta);
  const name = declarationName(meta);
  if (isClass) {
    w.line(`export class ${name}${base ? ` extends ${base}` : ''}${interfaces.length ? ` implements ${interfaces.join(', ')}` : ''}`);
  } else {
    const ext = [base, ...interfaces].filter(Boolean);
    w.line(`interface ${name}${ext.length ? ` extends ${ext.join(', ')}` : ''}`);
  }
  w.line('{').indent();
  const modifier = isClass ? 'public ' : '';
  let wasAdded = false;
  const members = emittedMembers(meta);
  for (const m of members) {
    if (wasAdded) w.line();
    wasAdded = comments(w, m.description, config);
    if (meta.dataContract && isClass) {
      const dm = m.dataMember!;
      const args = [dm.name !== undefined && `Name=${stringLiteral(dm.name)}`, dm.order !== undefined && `Order=${dm.order}`].filter(Boolean);
      w.line(`// @DataMember(${args.join(', ')})`);
      wasAdded = true;
    }
    const optional = config.makePropertiesOptional || !m.required || !isClass ? '?' : '';
    w.line(`${modifier}${jsonMemberName(meta, m, config.textCase)}${optional}: ${tsType(m.type)};`);
  }
  if (isClass) {
    if (members.length) w.line();
    const superCall = meta.base ? 'super(init); ' : '';
    w.line(`public constructor(init?: Partial<${name}>) { ${superCall}(Object as any).assign(this, init); }`);
    if (op) {
      w.line(`public getTypeName() { return ${stringLiteral(meta.name, "'")}; }`);
      w.line(`public getMethod() { return ${stringLiteral(op.method, "'")}; }`);
      w.line(op.returns ? `public createResponse() { return ${emptyValue(op.returns)}; }` : 'public createResponse() {}');
    }
  }
  w.unindent().line('}');
}

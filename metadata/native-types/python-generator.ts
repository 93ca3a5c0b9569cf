/**
 * Python DTOs in the shape of ServiceStack's PythonGenerator, for the `servicestack` package:
 * `@dataclass_json` dataclasses with snake_case members (value types with their default, the rest
 * `Optional[...] = None`), `IReturn[T]`/`IReturnVoid` markers, `str`/`IntEnum` enums. A class
 * is declared after the types its members name, since Python evaluates annotations then.
 */
import type { DtoMeta, EnumMeta, MemberMeta, TypeRef } from '../../src/index.js';
import type { PrimitiveName } from '../../src/framework/types/type-ref.js';
import { toSnakeCase } from '../../src/framework/types/text-case.js';
import type { DocType } from '../shared/type-graph.js';
import { dtoName, inheritsName } from '../shared/type-names.js';
import { CodeWriter } from './code-writer.js';
import {
  addsResponseStatus, dependencyOrder, emittedMembers, enumIsNumeric, isBuiltIn, responseClasses, type NativeModel, type NativeOperation,
} from './native-model.js';
import { routeAnnotations } from './route-annotations.js';

export interface PythonConfig {
  globalNamespace?: string;
  addResponseStatus: boolean;
  addDescriptionAsComments: boolean;
  defaultImports: readonly string[];
  /** Arguments of `@dataclass(...)` and `@dataclass_json(...)` when given. */
  dataClass?: string;
  dataClassJson?: string;
}

export const PYTHON_DEFAULT_IMPORTS = ['datetime', 'decimal', 'marshmallow.fields:*', 'servicestack:*', 'typing:*', 'dataclasses:dataclass/field',
  'dataclasses_json:dataclass_json/LetterCase/Undefined/config', 'enum:Enum/IntEnum'];

export const DEFAULT_PYTHON_CONFIG: PythonConfig = { addResponseStatus: false, addDescriptionAsComments: true, defaultImports: PYTHON_DEFAULT_IMPORTS };

const INT = 'int';
const PYTHON_TYPES: Record<PrimitiveName, string> = {
  string: 'str', bool: 'bool', char: 'str', byte: INT, sbyte: INT, short: INT, ushort: INT, int: INT, uint: INT, long: INT, ulong: INT,
  float: 'float', double: 'float', decimal: 'decimal.Decimal', DateTime: 'datetime.datetime', DateTimeOffset: 'datetime.datetime',
  TimeSpan: 'datetime.timedelta', Guid: 'str', 'byte[]': 'bytes', object: 'Any',
};

/** Defaults of the value types a member is declared with, by Python type (the rest default to None). */
const VALUE_DEFAULTS: Record<string, string> = {
  bool: 'False', int: '0', float: '0.0', 'decimal.Decimal': 'decimal.Decimal(0)',
  'datetime.datetime': 'datetime.datetime(1, 1, 1)', 'datetime.timedelta': 'datetime.timedelta()',
};

/**
 * Names a member cannot have: keywords, and the names the type spellings use (a `float` member
 * would shadow the `float` of the members after it). Such a member gets a `_` suffix and keeps
 * its wire name through `config(field_name=...)`, as ServiceStack does for keywords.
 */
const RESERVED = new Set(['int', 'float', 'str', 'bool', 'bytes', 'decimal', 'datetime', 'field', 'config', 'IntEnum', 'Enum', 'TypeVar', 'Generic', 'Any', 'List', 'Dict', 'Optional',
  'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except', 'False',
  'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'None', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'True',
  'try', 'while', 'with', 'yield']);

/** A type spelling; classes not declared yet are quoted (forward references). */
function pythonType(t: TypeRef, declared: ReadonlySet<string>): string {
  switch (t.kind) {
    case 'primitive': return PYTHON_TYPES[t.name];
    case 'nullable': return pythonType(t.of, declared);
    case 'list': return `List[${pythonType(t.of, declared)}]`;
    case 'dict': return `Dict[${pythonType(t.key, declared)}, ${pythonType(t.value, declared)}]`;
    case 'class': return declared.has(dtoName(t.ctor)) ? dtoName(t.ctor) : `'${dtoName(t.ctor)}'`;
    case 'enum': return declared.has(t.meta.name) ? t.meta.name : `'${t.meta.name}'`;
  }
}

/** ServiceStack's EnumNameFormat: `Red` → `RED`, `Read_Only` → `READ_ONLY`, `OK` stays. */
const enumMemberName = (name: string): string => (name.includes('_') || !/[a-z]/.test(name) ? name.toUpperCase() : toSnakeCase(name).toUpperCase());

export function generatePython(model: NativeModel, config: PythonConfig, header = ''): string {
  const w = new CodeWriter();
  for (const imp of config.defaultImports) {
    const pos = imp.indexOf(':');
    w.line(pos < 0 ? `import ${imp}` : `from ${imp.slice(0, pos)} import ${imp.slice(pos + 1).replace(/^["']|["']$/g, '').replace(/\//g, ', ')}`);
  }
  if (config.globalNamespace) w.line().line(`# module ${config.globalNamespace}`);
  const requests = new Map(model.operations.map((o) => [o.request, o] as const));
  const responses = responseClasses(model);
  // The client library's own types are declared already.
  const declared = new Set(model.types.filter(isBuiltIn).map((t) => t.meta.name));
  for (const iface of model.interfaces) {
    w.line().line().line(`class ${iface.name}:`).indent().line('pass').unindent();
    declared.add(iface.name);
  }
  for (const t of dependencyOrder(model.types.filter((x) => !isBuiltIn(x)), true)) {
    w.line().line();
    if (t.kind === 'enum') writeEnum(w, t.meta, enumIsNumeric(t.meta, model.types), config);
    else writeClass(w, t, config, requests.get(t.ctor), responses.has(t.ctor), declared);
    declared.add(t.meta.name);
  }
  w.line();
  return header + w.toString();
}

function docs(w: CodeWriter, text: string | undefined, config: PythonConfig): void {
  if (text !== undefined && config.addDescriptionAsComments) w.line(`"""${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r?\n/g, ' ')}"""`);
}

function writeEnum(w: CodeWriter, meta: EnumMeta, numeric: boolean, config: PythonConfig): void {
  w.line(`class ${meta.name}(${numeric ? 'IntEnum' : 'str, Enum'}):`).indent();
  docs(w, meta.description, config);
  for (const m of meta.members) w.line(numeric ? `${enumMemberName(m.name)} = ${m.value}` : `${enumMemberName(m.name)} = '${(m.enumMember ?? m.name).replace(/['\\]/g, '\\$&')}'`);
  w.unindent();
}

function writeClass(w: CodeWriter, t: Extract<DocType, { kind: 'class' }>, config: PythonConfig, op: NativeOperation | undefined, isResponse: boolean, declared: Set<string>): void {
  const meta = t.meta;
  routeAnnotations(w, op, '#');
  const spell = (x: TypeRef): string => pythonType(x, declared);
  const self = new Set([...declared, meta.name]);
  const marker = op ? (op.returnsVoid ? 'IReturnVoid' : op.returns ? `IReturn[${pythonType(op.returns, self).replace(/'/g, '"')}]` : undefined) : undefined;
  const base = inheritsName(meta, spell, '[]');
  // A generic base passing the parameters on makes the class generic already.
  const generic = meta.genericParams.length && !base?.includes('[') ? `Generic[${meta.genericParams.join(', ')}]` : undefined;
  const bases = [base, marker, ...meta.implements, generic].filter((x): x is string => !!x);
  const typeVars = meta.genericParams.filter((p) => !declared.has(p));
  for (const p of typeVars) w.line(`${p} = TypeVar('${p}')`).line().line();
  typeVars.forEach((p) => declared.add(p));
  w.line(config.dataClassJson ? `@dataclass_json(${config.dataClassJson})` : '@dataclass_json(letter_case=LetterCase.CAMEL, undefined=Undefined.EXCLUDE)');
  w.line(config.dataClass ? `@dataclass(${config.dataClass})` : '@dataclass');
  w.line(`class ${meta.name}${bases.length ? `(${bases.join(', ')})` : ''}:`).indent();
  docs(w, meta.description, config);
  const fields: { type: string; name: string; valueType: boolean; m?: MemberMeta }[] = emittedMembers(meta).map((m) => ({
    type: spell(m.type), name: toSnakeCase(m.name), valueType: m.type.kind === 'primitive' || m.type.kind === 'enum', m,
  }));
  if (addsResponseStatus(config, meta, isResponse)) fields.push({ type: 'ResponseStatus', name: 'response_status', valueType: false });
  for (const f of fields) {
    const fallback = f.valueType && !(f.m?.type.kind === 'nullable') ? VALUE_DEFAULTS[f.type] : undefined;
    const [type, value] = fallback ? [f.type, fallback] : [`Optional[${f.type}]`, 'None'];
    w.line(RESERVED.has(f.name)
      ? `${f.name}_: ${type} = field(metadata=config(field_name='${f.name}'), default=${value})`
      : `${f.name}: ${type} = ${value}`);
    docs(w, f.m?.description, config);
  }
  if (!fields.length) w.line('pass');
  w.unindent();
}

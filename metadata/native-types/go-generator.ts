/**
 * Go DTOs in the shape of ServiceStack's GoGenerator, for `servicestack-go` (imported as `ss`):
 * structs with PascalCase fields, pointers for optional members, `json` tags; base classes
 * embedded; enums as typed constants; request DTOs with `CreateResponse()`/`CreateResponseVoid()`
 * and `HttpMethod()`. Laid out as gofmt would (tabs, aligned columns), so `gofmt -l` is silent.
 */
import type { DtoMeta, EnumMeta, TypeRef } from '../../src/index.js';
import type { PrimitiveName } from '../../src/framework/types/type-ref.js';
import { getDtoMeta } from '../../src/index.js';
import { inheritsName } from '../shared/type-names.js';
import { jsonMemberName } from '../shared/wire-names.js';
import { CodeWriter } from './code-writer.js';
import {
  addsResponseStatus, dependencyOrder, emittedMembers, enumIsNumeric, isBuiltIn, responseClasses, type NativeModel, type NativeOperation,
} from './native-model.js';
import { routeAnnotations } from './route-annotations.js';

export interface GoConfig {
  globalNamespace?: string;
  addResponseStatus: boolean;
  addDescriptionAsComments: boolean;
  /** Replaces the imports the types need when given. */
  defaultImports?: readonly string[];
}

export const DEFAULT_GO_CONFIG: GoConfig = { addResponseStatus: false, addDescriptionAsComments: true };

const GO_LIBRARY = 'ss github.com/ServiceStack/servicestack-go';

const GO_TYPES: Record<PrimitiveName, string> = {
  string: 'string', bool: 'bool', char: 'string', byte: 'byte', sbyte: 'int8', short: 'int16', ushort: 'uint16', int: 'int', uint: 'uint32',
  long: 'int64', ulong: 'uint64', float: 'float32', double: 'float64', decimal: 'float64', DateTime: 'time.Time', DateTimeOffset: 'time.Time',
  TimeSpan: 'time.Duration', Guid: 'string', 'byte[]': '[]byte', object: 'interface{}',
};
/** Go map keys must be comparable; other key types are sent as strings. */
const KEY_TYPES = new Set(['string', 'bool', 'byte', 'int8', 'int16', 'int', 'int64', 'uint16', 'uint32', 'uint64', 'float32', 'float64']);

export function goType(t: TypeRef): string {
  switch (t.kind) {
    case 'primitive': return GO_TYPES[t.name];
    case 'nullable': return goType(t.of);
    case 'list': return `[]${goType(t.of)}`;
    case 'dict': { const key = goType(t.key); return `map[${KEY_TYPES.has(key) ? key : 'string'}]${goType(t.value)}`; }
    case 'class': { const meta = getDtoMeta(t.ctor); return meta.builtIn ? `ss.${meta.name}` : meta.name; }
    case 'enum': return t.meta.name;
  }
}

/** An exported Go field for a wire name: `_links` → `Links`, `organisationId` → `OrganisationId`. */
const fieldName = (wire: string): string => { const name = wire.replace(/^[^A-Za-z]+/, ''); return name.charAt(0).toUpperCase() + name.slice(1); };
const unpointed = (type: string): boolean => type.startsWith('[]') || type.startsWith('map[') || type.startsWith('*') || type === 'interface{}';

export function generateGo(model: NativeModel, config: GoConfig, header = ''): string {
  const body = new CodeWriter('\t');
  const requests = new Map(model.operations.map((o) => [o.request, o] as const));
  const responses = responseClasses(model);
  for (const t of dependencyOrder(model.types.filter((x) => !isBuiltIn(x)), true)) {
    body.line();
    if (t.kind === 'enum') writeEnum(body, t.meta, enumIsNumeric(t.meta, model.types), config);
    else writeStruct(body, t.meta, config, requests.get(t.ctor), responses.has(t.ctor));
  }
  const code = body.toString();
  const w = new CodeWriter('\t');
  w.line(`package ${config.globalNamespace ?? 'dtos'}`);
  const used = [/\btime\./.test(code) && 'time', /\bss\./.test(code) && GO_LIBRARY].filter((x): x is string => !!x);
  const imports = [...(config.defaultImports ?? used)].sort((a, b) => (pathOf(a) < pathOf(b) ? -1 : 1));
  if (imports.length) {
    w.line().line('import (').indent();
    for (const imp of imports) w.line(imp.includes(' ') ? `${imp.slice(0, imp.indexOf(' '))} "${pathOf(imp)}"` : `"${imp}"`);
    w.unindent().line(')');
  }
  // gofmt trims trailing blanks, the header's empty options' included.
  return header.replace(/[ \t]+$/gm, '') + w.toString() + code;
}

const pathOf = (imp: string): string => imp.slice(imp.indexOf(' ') + 1);

function comments(w: CodeWriter, text: string | undefined, config: GoConfig): void {
  if (text !== undefined && config.addDescriptionAsComments) w.line(`// ${text.replace(/\r?\n/g, ' ')}`);
}

/** gofmt's columns: each cell padded to the widest in its column, joined by one space. */
function aligned(rows: readonly (readonly string[])[]): string[] {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => r[c]!.length))) ?? [];
  return rows.map((r) => r.map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c]!))).join(' ').trimEnd());
}

function writeEnum(w: CodeWriter, meta: EnumMeta, numeric: boolean, config: GoConfig): void {
  comments(w, meta.description, config);
  w.line(`type ${meta.name} ${numeric ? 'int' : 'string'}`).line().line('const (').indent();
  const rows = meta.members.map((m, i) => [`${meta.name}${m.name}`, numeric || i === 0 ? meta.name : '', numeric ? `= ${m.value}` : `= ${JSON.stringify(m.enumMember ?? m.name)}`]);
  for (const line of aligned(rows)) w.line(line);
  w.unindent().line(')');
}

function writeStruct(w: CodeWriter, meta: DtoMeta, config: GoConfig, op: NativeOperation | undefined, isResponse: boolean): void {
  comments(w, meta.description, config);
  routeAnnotations(w, op, '//');
  const name = meta.name;
  const params = meta.genericParams.length ? `[${meta.genericParams.map((p) => `${p} any`).join(', ')}]` : '';
  w.line(`type ${name}${params} struct {`).indent();
  const base = inheritsName(meta, goType, '[]');
  if (base) w.line(base);
  const rows = emittedMembers(meta).map((m) => {
    const wire = jsonMemberName(meta, m, 'camelCase');
    const type = goType(m.type);
    return [fieldName(wire), m.required || unpointed(type) ? type : `*${type}`, `\`json:"${wire}${m.required ? '' : ',omitempty'}"\``];
  });
  if (addsResponseStatus(config, meta, isResponse)) rows.push(['ResponseStatus', '*ss.ResponseStatus', '`json:"responseStatus,omitempty"`']);
  for (const line of aligned(rows)) w.line(line);
  w.unindent().line('}');
  if (op) writeRequestMethods(w, meta, op);
}

/** The servicestack-go client reads the response type and verb from these; a field of the same name wins. */
function writeRequestMethods(w: CodeWriter, meta: DtoMeta, op: NativeOperation): void {
  const fields = new Set(emittedMembers(meta).map((m) => fieldName(jsonMemberName(meta, m, 'camelCase'))));
  const methods: [signature: string, statement: string][] = [];
  if (op.returnsVoid || !op.returns) {
    if (!fields.has('CreateResponseVoid')) methods.push([`func (${meta.name}) CreateResponseVoid()`, '']);
  } else if (!fields.has('CreateResponse') && goType(op.returns) !== meta.name) {
    methods.push([`func (${meta.name}) CreateResponse() (r ${goType(op.returns)})`, 'return']);
  }
  if (!fields.has('HttpMethod')) methods.push([`func (${meta.name}) HttpMethod() string`, `return "${op.method}"`]);
  if (!methods.length) return;
  w.line();
  // gofmt keeps a body on its declaration's line only when it fits in 100 columns, and aligns
  // the bodies of adjacent one-line methods.
  const oneLine = ([sig, statement]: [string, string]): boolean => sig.length + 1 + statement.length <= 100;
  const body = (statement: string): string => (statement ? `{ ${statement} }` : '{}');
  for (let i = 0; i < methods.length;) {
    if (!oneLine(methods[i]!)) {
      w.line(`${methods[i]![0]} {`).indent().line(methods[i]![1]).unindent().line('}');
      i++;
      continue;
    }
    let end = i;
    while (end < methods.length && oneLine(methods[end]!)) end++;
    for (const line of aligned(methods.slice(i, end).map(([sig, statement]) => [sig, body(statement)]))) w.line(line);
    i = end;
  }
}

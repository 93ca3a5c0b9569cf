/**
 * Java DTOs in the shape of ServiceStack's JavaGenerator, for `net.servicestack.client`: one
 * outer class (GlobalNamespace, default `dtos`) holding static nested classes with boxed public
 * fields, fluent accessors, `@Route` annotations and `IReturn<T>` with `getResponseType()`.
 */
import type { DtoMeta, EnumMeta, MemberMeta, TypeRef } from '../../src/index.js';
import type { PrimitiveName } from '../../src/framework/types/type-ref.js';
import { declarationName, dtoName, inheritsName } from '../shared/type-names.js';
import { jsonMemberName } from '../shared/wire-names.js';
import { CodeWriter, docComment, stringLiteral } from './code-writer.js';
import {
  addsResponseStatus, dependencyOrder, emittedMembers, enumIsNumeric, isBuiltIn, responseClasses, type NativeModel, type NativeOperation,
} from './native-model.js';
import { routeAnnotations } from './route-annotations.js';

export interface JavaConfig {
  package?: string;
  globalNamespace: string;
  addPropertyAccessors: boolean;
  settersReturnThis: boolean;
  addResponseStatus: boolean;
  addDescriptionAsComments: boolean;
  /** Replaces the default imports when given. */
  defaultImports?: readonly string[];
}

export const DEFAULT_JAVA_CONFIG: JavaConfig = {
  globalNamespace: 'dtos', addPropertyAccessors: true, settersReturnThis: true, addResponseStatus: false, addDescriptionAsComments: true,
};

export const JAVA_DEFAULT_IMPORTS = ['java.math.*', 'java.util.*', 'net.servicestack.client.*'];
/** Needed for `@SerializedName` (numeric enums) and `TypeToken` (generic response types). */
const GSON_IMPORTS = ['com.google.gson.annotations.*', 'com.google.gson.reflect.*'];

const JAVA_TYPES: Record<PrimitiveName, string> = {
  string: 'String', bool: 'Boolean', char: 'String', byte: 'Short', sbyte: 'Byte', short: 'Short', ushort: 'Integer',
  int: 'Integer', uint: 'Long', long: 'Long', ulong: 'BigInteger', float: 'Float', double: 'Double', decimal: 'BigDecimal',
  DateTime: 'Date', DateTimeOffset: 'Date', TimeSpan: 'TimeSpan', Guid: 'UUID', 'byte[]': 'byte[]', object: 'Object',
};

export function javaType(t: TypeRef): string {
  switch (t.kind) {
    case 'primitive': return JAVA_TYPES[t.name];
    case 'nullable': return javaType(t.of);
    case 'list': return `ArrayList<${javaType(t.of)}>`;
    case 'dict': return `HashMap<${javaType(t.key)},${javaType(t.value)}>`;
    case 'class': return dtoName(t.ctor);
    case 'enum': return t.meta.name;
  }
}

const KEYWORDS = new Set(['abstract', 'boolean', 'byte', 'case', 'catch', 'char', 'class', 'const', 'default', 'do', 'double', 'else', 'enum', 'extends',
  'final', 'finally', 'float', 'for', 'goto', 'if', 'implements', 'import', 'instanceof', 'int', 'interface', 'long', 'native', 'new', 'package',
  'private', 'protected', 'public', 'return', 'short', 'static', 'super', 'switch', 'synchronized', 'this', 'throw', 'throws', 'transient', 'try',
  'void', 'volatile', 'while', 'null', 'true', 'false']);

/** Gson's annotations (numeric enums, renamed members) or TypeToken (a generic response type) in use. */
function needsGson(model: NativeModel, renames: (wire: string) => boolean): boolean {
  return model.types.some((t) => (t.kind === 'enum' ? enumIsNumeric(t.meta, model.types) : emittedMembers(t.meta).some((m) => renames(jsonMemberName(t.meta, m, 'camelCase')))))
    || model.operations.some((o) => o.returns !== undefined && o.returns.kind !== 'class');
}

/** The imports of a Java or Kotlin file: DefaultImports when given, else the defaults and Gson when used. */
export function jvmImports(model: NativeModel, config: { defaultImports?: readonly string[] }, defaults: readonly string[], renames: (wire: string) => boolean): string[] {
  return config.defaultImports ? [...config.defaultImports] : [...defaults, ...(needsGson(model, renames) ? GSON_IMPORTS : [])];
}

export const javaImports = (model: NativeModel, config: JavaConfig): string[] => jvmImports(model, config, JAVA_DEFAULT_IMPORTS, (n) => KEYWORDS.has(n));

export function generateJava(model: NativeModel, config: JavaConfig, header = ''): string {
  const w = new CodeWriter();
  if (config.package) w.line(`package ${config.package};`).line();
  for (const imp of javaImports(model, config)) w.line(`import ${imp};`);
  w.line().line(`public class ${config.globalNamespace}`).line('{').indent();
  const requests = new Map(model.operations.map((o) => [o.request, o] as const));
  const responses = responseClasses(model);
  for (const iface of model.interfaces) w.line().line(`public static interface ${iface.name}`).line('{').line('}');
  for (const t of dependencyOrder(model.types.filter((x) => !isBuiltIn(x)), false)) {
    w.line();
    if (t.kind === 'enum') writeEnum(w, t.meta, enumIsNumeric(t.meta, model.types), config);
    else writeClass(w, t.meta, config, requests.get(t.ctor), responses.has(t.ctor));
  }
  w.unindent().line().line('}');
  return header + w.toString();
}

function writeEnum(w: CodeWriter, meta: EnumMeta, numeric: boolean, config: JavaConfig): void {
  docComment(w, meta.description, config.addDescriptionAsComments);
  if (meta.flags) w.line('@Flags()');
  w.line(`public static enum ${meta.name}`).line('{').indent();
  meta.members.forEach((m, i) => {
    const end = i === meta.members.length - 1 ? ';' : ',';
    w.line(numeric ? `@SerializedName("${m.value}") ${m.name}(${m.value})${end}` : `${m.name}${end}`);
  });
  if (numeric) {
    w.line().line('private final int value;').line(`${meta.name}(final int intValue) { value = intValue; }`).line('public int getValue() { return value; }');
  }
  w.unindent().line('}');
}

/** The Java field: the JSON member name, renamed with `@SerializedName` when it is a keyword. */
function field(name: string): { name: string; annotation?: string } {
  return KEYWORDS.has(name) ? { name: `${name}Value`, annotation: `@SerializedName(${stringLiteral(name)}) ` } : { name };
}

/** `@DataMember(Name=…, Order=…)` on a [DataContract] class's member (Java and Kotlin); whether one was written. */
export function dataMemberAnnotation(w: CodeWriter, meta: DtoMeta, m: MemberMeta): boolean {
  const dm = meta.dataContract ? m.dataMember : undefined;
  if (!dm) return false;
  const args = [dm.name !== undefined && `Name=${stringLiteral(dm.name)}`, dm.order !== undefined && `Order=${dm.order}`].filter(Boolean);
  w.line(args.length ? `@DataMember(${args.join(', ')})` : '@DataMember()');
  return true;
}

function writeClass(w: CodeWriter, meta: DtoMeta, config: JavaConfig, op: NativeOperation | undefined, isResponse: boolean): void {
  docComment(w, meta.description, config.addDescriptionAsComments);
  routeAnnotations(w, op, 'annotation');
  if (meta.dataContract) w.line('@DataContract');
  const marker = op ? (op.returnsVoid ? 'IReturnVoid' : op.returns ? `IReturn<${javaType(op.returns)}>` : undefined) : undefined;
  const interfaces = [marker, ...meta.implements].filter((x): x is string => !!x);
  const base = inheritsName(meta, javaType);
  const name = declarationName(meta);
  w.line(`public static class ${name}${base ? ` extends ${base}` : ''}${interfaces.length ? ` implements ${interfaces.join(', ')}` : ''}`);
  w.line('{').indent();
  const accessors: string[] = [];
  const fields: { type: string; wire: string; m?: MemberMeta }[] = emittedMembers(meta).map((m) => ({ type: javaType(m.type), wire: jsonMemberName(meta, m, 'camelCase'), m }));
  if (addsResponseStatus(config, meta, isResponse)) fields.push({ type: 'ResponseStatus', wire: 'responseStatus' });
  let wasAdded = false;
  for (const f of fields) {
    if (wasAdded) w.line();
    wasAdded = false;
    if (f.m?.description !== undefined && config.addDescriptionAsComments) { docComment(w, f.m.description, true); wasAdded = true; }
    if (f.m && dataMemberAnnotation(w, meta, f.m)) wasAdded = true;
    const { name: fieldName, annotation } = field(f.wire);
    w.line(`${annotation ?? ''}public ${f.type} ${fieldName} = null;`);
    const prop = fieldName[0]!.toUpperCase() + fieldName.slice(1);
    const returns = config.settersReturnThis ? name : 'void';
    accessors.push(`public ${f.type} ${f.type === 'Boolean' ? 'is' : 'get'}${prop}() { return ${fieldName}; }`,
      `public ${returns} set${prop}(${f.type} value) { this.${fieldName} = value;${config.settersReturnThis ? ' return this;' : ''} }`);
  }
  if (config.addPropertyAccessors && accessors.length) {
    w.line();
    for (const a of accessors) w.line(a);
  }
  if (op?.returns) {
    const t = javaType(op.returns);
    w.line(`private static Object responseType = ${op.returns.kind === 'class' ? `${t}.class` : `new TypeToken<${t}>(){}.getType()`};`);
    w.line('public Object getResponseType() { return responseType; }');
  }
  w.unindent().line('}');
}

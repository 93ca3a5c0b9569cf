/**
 * Kotlin DTOs in the shape of ServiceStack's KotlinGenerator, for `net.servicestack.client`:
 * top-level `open class`es with nullable `var`s (collections initialized), `@Route` annotations
 * and `IReturn<T>` with `getResponseType()` from a companion object.
 */
import type { DtoMeta, EnumMeta, MemberMeta, TypeRef } from '../../src/index.js';
import type { PrimitiveName } from '../../src/framework/types/type-ref.js';
import { declarationName, dtoName, inheritsName } from '../shared/type-names.js';
import { jsonMemberName } from '../shared/wire-names.js';
import { CodeWriter, docComment } from './code-writer.js';
import { dataMemberAnnotation, jvmImports } from './java-generator.js';
import {
  addsResponseStatus, dependencyOrder, emittedMembers, enumIsNumeric, isBuiltIn, responseClasses, type NativeModel, type NativeOperation,
} from './native-model.js';
import { routeAnnotations } from './route-annotations.js';

export interface KotlinConfig {
  package?: string;
  addResponseStatus: boolean;
  addDescriptionAsComments: boolean;
  initializeCollections: boolean;
  /** Replaces the default imports when given. */
  defaultImports?: readonly string[];
}

export const DEFAULT_KOTLIN_CONFIG: KotlinConfig = { addResponseStatus: false, addDescriptionAsComments: true, initializeCollections: true };

export const KOTLIN_DEFAULT_IMPORTS = ['java.math.*', 'java.util.*', 'net.servicestack.client.*'];

const KOTLIN_TYPES: Record<PrimitiveName, string> = {
  string: 'String', bool: 'Boolean', char: 'String', byte: 'Short', sbyte: 'Byte', short: 'Short', ushort: 'Int',
  int: 'Int', uint: 'Long', long: 'Long', ulong: 'BigInteger', float: 'Float', double: 'Double', decimal: 'BigDecimal',
  DateTime: 'Date', DateTimeOffset: 'Date', TimeSpan: 'TimeSpan', Guid: 'UUID', 'byte[]': 'ByteArray', object: 'Any',
};

export function kotlinType(t: TypeRef): string {
  switch (t.kind) {
    case 'primitive': return KOTLIN_TYPES[t.name];
    case 'nullable': return kotlinType(t.of);
    case 'list': return `ArrayList<${kotlinType(t.of)}>`;
    case 'dict': return `HashMap<${kotlinType(t.key)},${kotlinType(t.value)}>`;
    case 'class': return dtoName(t.ctor);
    case 'enum': return t.meta.name;
  }
}

const KEYWORDS = new Set(['as', 'break', 'class', 'continue', 'do', 'else', 'false', 'for', 'fun', 'if', 'in', 'interface', 'is', 'null', 'object',
  'package', 'return', 'super', 'this', 'throw', 'true', 'try', 'typealias', 'typeof', 'val', 'var', 'when', 'while']);
const identifier = (name: string): string => (KEYWORDS.has(name) ? `\`${name}\`` : name);

/** Kotlin escapes keywords with backticks, so only enums and generic responses need Gson. */
export const kotlinImports = (model: NativeModel, config: KotlinConfig): string[] => jvmImports(model, config, KOTLIN_DEFAULT_IMPORTS, () => false);

export function generateKotlin(model: NativeModel, config: KotlinConfig, header = ''): string {
  const w = new CodeWriter();
  if (config.package) w.line(`package ${config.package}`).line();
  for (const imp of kotlinImports(model, config)) w.line(`import ${imp}`);
  w.line();
  const requests = new Map(model.operations.map((o) => [o.request, o] as const));
  const responses = responseClasses(model);
  for (const iface of model.interfaces) w.line().line(`interface ${iface.name}`).line('{').line('}');
  for (const t of dependencyOrder(model.types.filter((x) => !isBuiltIn(x)), false)) {
    w.line();
    if (t.kind === 'enum') writeEnum(w, t.meta, enumIsNumeric(t.meta, model.types), config);
    else writeClass(w, t.meta, config, requests.get(t.ctor), responses.has(t.ctor));
  }
  return header + w.toString();
}

function writeEnum(w: CodeWriter, meta: EnumMeta, numeric: boolean, config: KotlinConfig): void {
  docComment(w, meta.description, config.addDescriptionAsComments);
  if (meta.flags) w.line('@Flags()');
  w.line(numeric ? `enum class ${meta.name}(val value:Int)` : `enum class ${meta.name}`).line('{').indent();
  for (const m of meta.members) w.line(numeric ? `@SerializedName("${m.value}") ${m.name}(${m.value}),` : `${m.name},`);
  w.unindent().line('}');
}

function writeClass(w: CodeWriter, meta: DtoMeta, config: KotlinConfig, op: NativeOperation | undefined, isResponse: boolean): void {
  docComment(w, meta.description, config.addDescriptionAsComments);
  routeAnnotations(w, op, 'annotation');
  if (meta.dataContract) w.line('@DataContract');
  const marker = op ? (op.returnsVoid ? 'IReturnVoid' : op.returns ? `IReturn<${kotlinType(op.returns)}>` : undefined) : undefined;
  const base = inheritsName(meta, kotlinType);
  const supertypes = [base && `${base}()`, marker, ...meta.implements].filter((x): x is string => !!x);
  w.line(`open class ${declarationName(meta)}${supertypes.length ? ` : ${supertypes.join(', ')}` : ''}`).line('{').indent();
  const fields: { type: TypeRef | string; wire: string; m?: MemberMeta }[] = emittedMembers(meta).map((m) => ({ type: m.type, wire: jsonMemberName(meta, m, 'camelCase'), m }));
  if (addsResponseStatus(config, meta, isResponse)) fields.push({ type: 'ResponseStatus', wire: 'responseStatus' });
  for (const f of fields) {
    docComment(w, f.m?.description, config.addDescriptionAsComments);
    if (f.m) dataMemberAnnotation(w, meta, f.m);
    const type = typeof f.type === 'string' ? f.type : kotlinType(f.type);
    const collection = typeof f.type !== 'string' && (f.type.kind === 'list' || f.type.kind === 'dict');
    w.line(config.initializeCollections && collection ? `var ${identifier(f.wire)}:${type} = ${type}()` : `var ${identifier(f.wire)}:${type}? = null`);
  }
  if (op?.returns) {
    const t = kotlinType(op.returns);
    w.line(`companion object { private val responseType = ${op.returns.kind === 'class' ? `${t}::class.java` : `object : TypeToken<${t}>(){}.type`} }`);
    w.line(`override fun getResponseType(): Any? = ${meta.name}.responseType`);
  }
  w.unindent().line('}');
}

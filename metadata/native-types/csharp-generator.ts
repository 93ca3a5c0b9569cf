/**
 * C# DTO source in the shape of ServiceStack's CSharpGenerator: default usings, one `namespace`
 * block per CLR namespace (types ordered by namespace, then name), partial classes with virtual
 * auto-properties, `[Route]` attributes and `IReturn<T>` markers on request DTOs.
 */
import { getDtoMeta, type DtoMeta, type EnumMeta, type MemberMeta } from '../../src/index.js';
import type { DocType } from '../shared/type-graph.js';
import { csharpType, declarationName, inheritsName } from '../shared/type-names.js';
import { CodeWriter, stringLiteral } from './code-writer.js';
import { emittedMembers, isBuiltIn, namespacesOf, type NativeInterface, type NativeModel, type NativeOperation } from './native-model.js';

export interface CSharpConfig {
  globalNamespace?: string;
  makePartial: boolean;
  makeVirtual: boolean;
  makeInternal: boolean;
  addReturnMarker: boolean;
  addDescriptionAsComments: boolean;
  addDataContractAttributes: boolean;
  addIndexesToDataMembers: boolean;
  addResponseStatus: boolean;
  initializeCollections: boolean;
  addNamespaces: readonly string[];
  /** Declare `[Route]` and `IReturn<T>` on operations (the operation page lists plain types). */
  asOperations: boolean;
}

export const DEFAULT_CSHARP_CONFIG: CSharpConfig = {
  makePartial: true, makeVirtual: true, makeInternal: false, addReturnMarker: true, addDescriptionAsComments: true,
  addDataContractAttributes: false, addIndexesToDataMembers: false, addResponseStatus: false, initializeCollections: false,
  addNamespaces: [], asOperations: true,
};

export const CSHARP_DEFAULT_NAMESPACES = ['System', 'System.Collections', 'System.Collections.Generic', 'System.Runtime.Serialization', 'ServiceStack', 'ServiceStack.DataAnnotations'];

type Decl = { kind: 'type'; type: DocType } | { kind: 'interface'; iface: NativeInterface };
const declName = (d: Decl): string => (d.kind === 'type' ? d.type.meta.name : d.iface.name);
const declNs = (d: Decl): string => (d.kind === 'type' ? d.type.meta.namespace : d.iface.namespace);
const ordinal = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function generateCSharp(model: NativeModel, config: CSharpConfig, header = ''): string {
  const types = model.types.filter((t) => !isBuiltIn(t));
  const requests = new Map(config.asOperations ? model.operations.map((o) => [o.request, o] as const) : []);
  const namespaces = config.globalNamespace ? [config.globalNamespace] : namespacesOf(types);
  const w = new CodeWriter();
  for (const ns of new Set([...CSHARP_DEFAULT_NAMESPACES, ...namespaces, ...config.addNamespaces])) w.line(`using ${ns};`);
  w.line();
  const decls: Decl[] = [...types.map((type): Decl => ({ kind: 'type', type })), ...model.interfaces.map((iface): Decl => ({ kind: 'interface', iface }))];
  decls.sort((a, b) => ordinal(config.globalNamespace ? '' : declNs(a), config.globalNamespace ? '' : declNs(b)) || ordinal(declName(a), declName(b)));
  let lastNs: string | undefined;
  for (const d of decls) {
    const ns = config.globalNamespace ?? declNs(d);
    if (ns !== lastNs) {
      if (lastNs !== undefined) w.line('}').line();
      w.line(`namespace ${ns}`).line('{');
      lastNs = ns;
    }
    w.indent();
    if (d.kind === 'interface') writeInterface(w, d.iface, config);
    else if (d.type.kind === 'enum') writeEnum(w, d.type.meta, config);
    else writeClass(w, d.type.meta, config, requests.get(d.type.ctor));
    w.unindent().line();
  }
  if (lastNs !== undefined) w.line('}');
  w.line();
  return header + w.toString();
}

function access(config: CSharpConfig): string { return config.makeInternal ? 'internal' : 'public'; }

function comments(w: CodeWriter, text: string | undefined, config: CSharpConfig): boolean {
  if (text === undefined) return false;
  if (config.addDescriptionAsComments) {
    w.line('///<summary>').line(`///${text.replace(/\r?\n/g, ' ')}`).line('///</summary>');
    return false;
  }
  w.line(`[Description(${stringLiteral(text)})]`);
  return true;
}

function writeInterface(w: CodeWriter, iface: NativeInterface, config: CSharpConfig): void {
  w.line(`${access(config)} ${config.makePartial ? 'partial ' : ''}interface ${iface.name}`).line('{').line('}');
}

function writeEnum(w: CodeWriter, meta: EnumMeta, config: CSharpConfig): void {
  comments(w, meta.description, config);
  if (meta.flags) w.line('[Flags]');
  w.line(`${access(config)} enum ${meta.name}`).line('{').indent();
  for (const m of meta.members) {
    if (m.enumMember !== undefined) w.line(`[EnumMember(Value=${stringLiteral(m.enumMember)})]`);
    w.line(`${m.name} = ${m.value},`);
  }
  w.unindent().line('}');
}

function writeClass(w: CodeWriter, meta: DtoMeta, config: CSharpConfig, op: NativeOperation | undefined): void {
  comments(w, meta.description, config);
  for (const r of op?.routes ?? []) {
    w.line(r.verbs.length ? `[Route(${stringLiteral(r.path)}, ${stringLiteral(r.verbs.join(','))})]` : `[Route(${stringLiteral(r.path)})]`);
  }
  if (meta.dataContract) {
    const args = [meta.dataContract.name && `Name=${stringLiteral(meta.dataContract.name)}`, meta.dataContract.namespace && `Namespace=${stringLiteral(meta.dataContract.namespace)}`].filter(Boolean);
    w.line(args.length ? `[DataContract(${args.join(', ')})]` : '[DataContract]');
  } else if (config.addDataContractAttributes) {
    w.line('[DataContract]');
  }
  w.line(`${access(config)} ${config.makePartial ? 'partial ' : ''}class ${declarationName(meta)}`);
  const inherits = [inheritsName(meta), op && returnMarker(op, config), ...meta.implements].filter((x): x is string => !!x);
  if (inherits.length) w.line(`    : ${inherits.join(', ')}`);
  w.line('{').indent();
  writeProperties(w, meta, config);
  w.unindent().line('}');
}

function returnMarker(op: NativeOperation, config: CSharpConfig): string | undefined {
  if (op.returnsVoid) return 'IReturnVoid';
  if (!config.addReturnMarker || !op.returns) return undefined;
  return `IReturn<${csharpType(op.returns)}>`;
}

function writeProperties(w: CodeWriter, meta: DtoMeta, config: CSharpConfig): void {
  const virt = config.makeVirtual ? 'virtual ' : '';
  let wasAdded = false;
  let index = 1;
  const members = emittedMembers(meta);
  for (const m of members) {
    if (wasAdded) w.line();
    wasAdded = comments(w, m.description, config);
    wasAdded = dataMember(w, m, index++, meta, config) || wasAdded;
    const init = config.initializeCollections && (m.type.kind === 'list' || m.type.kind === 'dict') ? ' = new();' : '';
    w.line(`public ${virt}${csharpType(m.type)} ${m.name} { get; set; }${init}`);
  }
}

function dataMember(w: CodeWriter, m: MemberMeta, index: number, meta: DtoMeta, config: CSharpConfig): boolean {
  const dm = meta.dataContract ? m.dataMember : undefined;
  if (!dm) {
    if (!config.addDataContractAttributes) return false;
    w.line(config.addIndexesToDataMembers ? `[DataMember(Order=${index})]` : '[DataMember]');
    return true;
  }
  const args: string[] = [];
  if (dm.name !== undefined) args.push(`Name=${stringLiteral(dm.name)}`);
  if (dm.order !== undefined || config.addIndexesToDataMembers) args.push(`Order=${dm.order ?? index}`);
  if (dm.isRequired !== undefined) args.push(`IsRequired=${String(dm.isRequired)}`);
  if (dm.emitDefaultValue !== undefined) args.push(`EmitDefaultValue=${String(dm.emitDefaultValue)}`);
  w.line(args.length ? `[DataMember(${args.join(', ')})]` : '[DataMember]');
  return true;
}

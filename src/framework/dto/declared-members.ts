/**
 * The members a DTO class declares and the type spec of each. `@Member` says it outright; a DTO
 * written for NestJS says it with class-validator and class-transformer decorators, and ports as it
 * is (with `@Dto()` added) because their public metadata is read here — their decorators are never
 * re-implemented:
 * - a property with a class-validator rule or `@Expose()` is a member, as if it had `@Member()`;
 * - `@Type(() => Item)` gives its type: `Item`, or `List<Item>` on an array property;
 * - `@Expose({ name })` gives its wire name, as `[DataMember(Name = …)]` does;
 * - `@Exclude()` keeps it off the wire, both directions (a class has one member list for both).
 * Stackport's `@Member`/`@DataMember` win where both speak: their type, their name, their membership.
 */
import 'reflect-metadata';
import { getMetadataStorage } from 'class-validator';
import type { MetadataStorage } from 'class-transformer/types/MetadataStorage';
import { List, type Constructor, type TypeSpec } from '../types/type-ref.js';
import type { MemberOptions } from './dto-meta.js';

// class-transformer's own singleton, the one its decorators write to (the package has no ESM
// entry Node would pick, so this is the same module instance an app's `import 'class-transformer'` loads).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const transformer = (require('class-transformer/cjs/storage') as { defaultMetadataStorage: MetadataStorage }).defaultMetadataStorage;

export interface RawMember { name: string; spec: TypeSpec | undefined; options: MemberOptions }

/** What a design type (`emitDecoratorMetadata`) or a `@Type` class says without help. */
const SELF_EVIDENT = new Map<unknown, TypeSpec>([[String, 'string'], [Boolean, 'bool']]);

/** Design types that do not say which .NET type: `int` or `double`, `DateTime` or `DateTimeOffset`, which list. */
const OPAQUE = new Set<unknown>([Number, Object, Array, Date]);

/** `@Member` members, then the ones only class-validator or class-transformer declare; each with its type spec. */
export function declaredMembers(ctor: Constructor, decorated: readonly RawMember[]): RawMember[] {
  const rules = getMetadataStorage().getTargetValidationMetadatas(ctor as unknown as new () => object, '', true, false).filter((m) => m.target === ctor);
  const exposed = transformer.getExposedMetadatas(ctor).filter((m) => m.target === ctor).map((m) => m.propertyName!);
  const ruled = transformer.getStrategy(ctor) === 'excludeAll' ? [] : rules.map((m) => m.propertyName);
  const foreign = [...new Set([...ruled, ...exposed])]
    .filter((name) => !decorated.some((m) => m.name === name) && !transformer.findExcludeMetadata(ctor, name))
    .map((name): RawMember => ({ name, spec: undefined, options: {} }));
  return inDeclarationOrder(ctor, [...decorated, ...foreign]).map((m) => {
    const wireName = transformer.findExposeMetadata(ctor, m.name)?.options?.name;
    const isInt = rules.some((r) => r.propertyName === m.name && r.name === 'isInt');
    return {
      name: m.name,
      spec: m.spec ?? typeOf(ctor, m.name, isInt),
      options: m.options.dataMember || !wireName ? m.options : { ...m.options, dataMember: { name: wireName } },
    };
  });
}

/**
 * Members sorted as the class declares its fields (a fresh instance's own keys, as class fields
 * define them), so that mixing `@Member` and class-validator members keeps the source order.
 */
function inDeclarationOrder(ctor: Constructor, members: RawMember[]): RawMember[] {
  let fields: string[];
  try {
    fields = Object.keys(new (ctor as unknown as new () => object)());
  } catch {
    return members;
  }
  const at = (m: RawMember): number => { const i = fields.indexOf(m.name); return i < 0 ? fields.length : i; };
  return [...members].sort((a, b) => at(a) - at(b));
}

/** The type the design type and `@Type` make plain; undefined when only `@Member` can say it. */
function typeOf(ctor: Constructor, key: string, isInt: boolean): TypeSpec | undefined {
  const design = Reflect.getMetadata('design:type', ctor.prototype as object, key) as unknown;
  const declared = transformer.findTypeMetadata(ctor, key)?.typeFunction();
  const of = declared === undefined ? undefined : SELF_EVIDENT.get(declared) ?? (declared === Number ? (isInt ? 'int' : undefined) : declared as Constructor);
  if (of !== undefined) return design === Array ? List(of) : of;
  const spec = SELF_EVIDENT.get(design) ?? (design === Number && isInt ? 'int' : undefined);
  if (spec !== undefined) return spec;
  return typeof design === 'function' && !OPAQUE.has(design) ? design as Constructor : undefined;
}

/**
 * The decorators a DTO contract is written with. They only record facts in the registry
 * (`dto-meta.ts`); nothing is stored on the class or its instances.
 */
import 'reflect-metadata';
import type { Constructor, TypeSpec } from '../types/type-ref.js';
import { rawDto, type DataContractOptions, type DtoOptions, type MemberOptions } from './dto-meta.js';

type ClassDecorator = (target: Constructor) => void;

/** Class-level facts: .NET name and namespace, dialect, generic base arguments, interfaces. */
export function Dto(options: DtoOptions = {}): ClassDecorator {
  return (target) => { Object.assign(rawDto(target).options, options); };
}

/** `[DataContract(Name, Namespace)]`: only `dataMember` members are serialized. */
export function DataContract(options: DataContractOptions = {}): ClassDecorator {
  return (target) => { rawDto(target).dataContract = options; };
}

/**
 * A serialized member and its .NET type. With no type, `string`, `bool` and DTO-class members
 * are inferred from TypeScript's design type, and arrays from class-transformer's `@Type`;
 * numbers, dates and other collections must say theirs.
 */
export function Member(type?: TypeSpec, options: MemberOptions = {}): PropertyDecorator {
  return (proto, key) => {
    if (typeof key !== 'string') throw new TypeError('DTO members must have string names');
    rawDto(proto.constructor as Constructor).members.push({ name: key, spec: type, options });
  };
}

/** `[DataMember]` shorthand: `@DataMember('int', { order: 1 })`. */
export function DataMember(type?: TypeSpec, options: MemberOptions['dataMember'] & Omit<MemberOptions, 'dataMember'> = {}): PropertyDecorator {
  const { name, order, emitDefaultValue, isRequired, ...rest } = options;
  const dm = Object.fromEntries(Object.entries({ name, order, emitDefaultValue, isRequired }).filter(([, v]) => v !== undefined));
  return Member(type, { ...rest, dataMember: dm });
}

/** `[Route(path, verbs)]`; repeatable, kept in source order. */
export function Route(path: string, verbs?: string, extra: { summary?: string; notes?: string } = {}): ClassDecorator {
  if (!path.startsWith('/')) throw new TypeError(`Route '${path}' must start with '/'`);
  if (/[?&]/.test(path)) throw new TypeError(`Route '${path}' must not contain '?' or '&'`);
  const list = (verbs ?? '').split(/[\s,]+/).map((v) => v.trim().toUpperCase()).filter((v) => v && v !== '*');
  return (target) => { rawDto(target).routes.unshift({ path, verbs: list, ...extra }); };
}

/**
 * `IReturn<T>`: the response type of this request, spelt as `@Member` spells types — a DTO class
 * or thunk (`() => Order`), a C# string (`'List<string>'`, `'int'`) or a builder (`List(Order)`).
 */
export function Returns(response: TypeSpec): ClassDecorator {
  return (target) => { rawDto(target).returns = response; };
}

/** `IReturnVoid`. */
export function ReturnsVoid(): ClassDecorator {
  return (target) => { rawDto(target).returns = 'void'; };
}

/** `[Authenticate]`: the operation requires an authenticated caller. */
export function Authenticate(): ClassDecorator {
  return (target) => { rawDto(target).authenticate = true; };
}

/** `[RequiredRole]`: an authenticated caller with every one of these roles (ServiceStack's all-of; `Admin` has them all). */
export function RequiredRole(...roles: string[]): ClassDecorator {
  return (target) => { rawDto(target).requiredRoles.push(...roles); };
}

/** `[RequiredPermission]`: an authenticated caller with every one of these permissions (`Admin` has them all). */
export function RequiredPermission(...permissions: string[]): ClassDecorator {
  return (target) => { rawDto(target).requiredPermissions.push(...permissions); };
}

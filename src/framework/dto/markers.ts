/**
 * ServiceStack's marker interfaces, for typing DTOs the way C# does (`implements IReturn<T>`).
 * They exist for the type checker and generated clients; the runtime reads `@Returns`/`@Route`.
 *
 * Each carries `toString(): string`, which every object has: an interface of optional members
 * only is a "weak type", and TypeScript refuses (TS2559) a class that shares none of them —
 * any DTO with members. The optional members only carry the type argument, as C#'s do.
 */
interface Marker { toString(): string }

export interface IReturn<T> extends Marker { readonly __returnType?: T }
export interface IReturnVoid extends Marker { readonly __returnVoid?: true }
export interface IGet extends Marker { readonly __verb?: 'GET' }
export interface IPost extends Marker { readonly __verb?: 'POST' }
export interface IPut extends Marker { readonly __verb?: 'PUT' }
export interface IDelete extends Marker { readonly __verb?: 'DELETE' }
export interface IPatch extends Marker { readonly __verb?: 'PATCH' }

/**
 * ServiceStack's marker interfaces, for typing DTOs the way C# does (`implements IReturn<T>`).
 * They exist for the type checker and generated clients; the runtime reads `@Returns`/`@Route`.
 */
export interface IReturn<T> { readonly __returnType?: T }
// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface IReturnVoid { readonly __returnVoid?: true }
export interface IGet { readonly __verb?: 'GET' }
export interface IPost { readonly __verb?: 'POST' }
export interface IPut { readonly __verb?: 'PUT' }
export interface IDelete { readonly __verb?: 'DELETE' }
export interface IPatch { readonly __verb?: 'PATCH' }

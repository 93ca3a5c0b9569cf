/* Options:
Date: (generated)
Version: 8.53
Tip: To override a DTO option, remove "//" prefix before updating
BaseUrl: http://example.org

//GlobalNamespace: 
//MakePropertiesOptional: False
//AddServiceStackTypes: True
//AddResponseStatus: False
//AddImplicitVersion: 
//AddDescriptionAsComments: True
//IncludeTypes: 
//ExcludeTypes: 
//DefaultImports: 
*/


export interface IReturn<T>
{
    createResponse(): T;
}

export interface IReturnVoid
{
    createResponse(): void;
}

export interface IPut
{
}

export interface ITenantedRequest
{
}

// @Route("/types", "GET,POST")
// @Route("/types/{Id}", "PUT")
export class AllTypes
{
    public id?: number;
    public long?: number;
    public short?: number;
    public byte?: number;
    public double?: number;
    public float?: number;
    public decimal?: number;
    public bool?: boolean;
    public char?: string;
    public string?: string;
    public dateTime?: string;
    public timeSpan?: string;
    public guid?: string;
    public bytes?: string;
    public color?: Color;
    public perms?: Perms;
    public nullableInt?: number;
    public ids?: number[];
    public tags?: string[];
    public map?: { [index:string]: string; };
    public poco?: Poco;
    public pocos?: Poco[];

    public constructor(init?: Partial<AllTypes>) { (Object as any).assign(this, init); }
    public getTypeName() { return 'AllTypes'; }
    public getMethod() { return 'POST'; }
    public createResponse() {}
}

export enum Color
{
    Red = 'Red',
    Green = 'Green',
    Blue = 'Blue',
}

// @Route("/void/{Id}")
export class DoNothing implements IReturnVoid
{
    public id?: number;

    public constructor(init?: Partial<DoNothing>) { (Object as any).assign(this, init); }
    public getTypeName() { return 'DoNothing'; }
    public getMethod() { return 'POST'; }
    public createResponse() {}
}

// @Route("/files/{Path*}")
export class GetFile
{
    public path?: string;

    public constructor(init?: Partial<GetFile>) { (Object as any).assign(this, init); }
    public getTypeName() { return 'GetFile'; }
    public getMethod() { return 'POST'; }
    public createResponse() {}
}

// @Route("/hello/{Name}", "GET")
// @Route("/hello", "POST")
export class Hello implements IReturn<HelloResponse>
{
    public name?: string;

    public constructor(init?: Partial<Hello>) { (Object as any).assign(this, init); }
    public getTypeName() { return 'Hello'; }
    public getMethod() { return 'GET'; }
    public createResponse() { return new HelloResponse(); }
}

export class HelloResponse
{
    public result?: string;
    public responseStatus?: ResponseStatus;

    public constructor(init?: Partial<HelloResponse>) { (Object as any).assign(this, init); }
}

// @Route("/only-post", "GET,POST")
export class OnlyPost
{
    public name?: string;

    public constructor(init?: Partial<OnlyPost>) { (Object as any).assign(this, init); }
    public getTypeName() { return 'OnlyPost'; }
    public getMethod() { return 'POST'; }
    public createResponse() {}
}

// @Flags()
export enum Perms
{
    None = 0,
    Read = 1,
    Write = 2,
    Delete = 4,
}

export class Poco
{
    public id?: number;
    public name?: string;

    public constructor(init?: Partial<Poco>) { (Object as any).assign(this, init); }
}

export class PutOperationUnTenanted<TResponse> implements IPut
{
    public constructor(init?: Partial<PutOperationUnTenanted<TResponse>>) { (Object as any).assign(this, init); }
}

export class PutOperationTenanted<TResponse> extends PutOperationUnTenanted<TResponse> implements ITenantedRequest
{
    public organisationId?: string;

    public constructor(init?: Partial<PutOperationTenanted<TResponse>>) { super(init); (Object as any).assign(this, init); }
}

// @DataContract
export class ResponseError
{
    // @DataMember(Order=1)
    public errorCode?: string;

    // @DataMember(Order=2)
    public fieldName?: string;

    // @DataMember(Order=3)
    public message?: string;

    // @DataMember(Order=4)
    public meta?: { [index:string]: string; };

    public constructor(init?: Partial<ResponseError>) { (Object as any).assign(this, init); }
}

// @DataContract
export class ResponseStatus
{
    // @DataMember(Order=1)
    public errorCode?: string;

    // @DataMember(Order=2)
    public message?: string;

    // @DataMember(Order=3)
    public stackTrace?: string;

    // @DataMember(Order=4)
    public errors?: ResponseError[];

    // @DataMember(Order=5)
    public meta?: { [index:string]: string; };

    public constructor(init?: Partial<ResponseStatus>) { (Object as any).assign(this, init); }
}

// @Route("/tenant/echo", "PUT")
export class TenantEcho extends PutOperationTenanted<TenantEchoResponse> implements IReturn<TenantEchoResponse>
{
    public extra?: string;

    public constructor(init?: Partial<TenantEcho>) { super(init); (Object as any).assign(this, init); }
    public getTypeName() { return 'TenantEcho'; }
    public getMethod() { return 'PUT'; }
    public createResponse() { return new TenantEchoResponse(); }
}

export class TenantEchoResponse
{
    public responseStatus?: ResponseStatus;
    public echo?: string;

    public constructor(init?: Partial<TenantEchoResponse>) { (Object as any).assign(this, init); }
}

// @Route("/throw/{Type}")
export class Throw
{
    public type?: string;
    public message?: string;

    public constructor(init?: Partial<Throw>) { (Object as any).assign(this, init); }
    public getTypeName() { return 'Throw'; }
    public getMethod() { return 'POST'; }
    public createResponse() {}
}

// @Route("/users/{Id}", "PUT")
// @Route("/users/2fa", "GET")
export class UpdateUser
{
    public id?: number;
    public name?: string;
    public age?: number;

    public constructor(init?: Partial<UpdateUser>) { (Object as any).assign(this, init); }
    public getTypeName() { return 'UpdateUser'; }
    public getMethod() { return 'PUT'; }
    public createResponse() {}
}

// @Route("/validated", "POST")
export class Validated implements IReturn<HelloResponse>
{
    public name?: string;
    public age?: number;
    public code?: string;

    public constructor(init?: Partial<Validated>) { (Object as any).assign(this, init); }
    public getTypeName() { return 'Validated'; }
    public getMethod() { return 'POST'; }
    public createResponse() { return new HelloResponse(); }
}


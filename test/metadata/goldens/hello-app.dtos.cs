/* Options:
Date: (generated)
Version: 8.53
Tip: To override a DTO option, remove "//" prefix before updating
BaseUrl: http://example.org

//GlobalNamespace: 
//MakePartial: True
//MakeVirtual: True
//MakeInternal: False
//MakeDataContractsExtensible: False
//AddNullableAnnotations: False
//AddReturnMarker: True
//AddDescriptionAsComments: True
//AddDataContractAttributes: False
//AddIndexesToDataMembers: False
//AddGeneratedCodeAttributes: False
//AddResponseStatus: False
//AddImplicitVersion: 
//InitializeCollections: False
//ExportValueTypes: False
//IncludeTypes: 
//ExcludeTypes: 
//AddNamespaces: 
//AddDefaultXmlNamespace: http://schemas.servicestack.net/types
*/

using System;
using System.Collections;
using System.Collections.Generic;
using System.Runtime.Serialization;
using ServiceStack;
using ServiceStack.DataAnnotations;
using MyApp.ServiceModel;
using Infrastructure.Api.Interfaces.ServiceOperations.UserAccounts;
using Infrastructure.Api.Interfaces.ServiceOperations;

namespace Infrastructure.Api.Interfaces.ServiceOperations
{
    public partial interface ITenantedRequest
    {
    }

    public partial class PutOperationTenanted<TResponse>
        : PutOperationUnTenanted<TResponse>, ITenantedRequest
    {
        public virtual string OrganisationId { get; set; }
    }

    public partial class PutOperationUnTenanted<TResponse>
        : IPut
    {
    }

}

namespace Infrastructure.Api.Interfaces.ServiceOperations.UserAccounts
{
    [Route("/tenant/echo", "PUT")]
    public partial class TenantEcho
        : PutOperationTenanted<TenantEchoResponse>, IReturn<TenantEchoResponse>
    {
        public virtual string Extra { get; set; }
    }

    public partial class TenantEchoResponse
    {
        public virtual ResponseStatus ResponseStatus { get; set; }
        public virtual string Echo { get; set; }
    }

}

namespace MyApp.ServiceModel
{
    [Route("/types", "GET,POST")]
    [Route("/types/{Id}", "PUT")]
    public partial class AllTypes
    {
        public virtual int Id { get; set; }
        public virtual long Long { get; set; }
        public virtual short Short { get; set; }
        public virtual byte Byte { get; set; }
        public virtual double Double { get; set; }
        public virtual float Float { get; set; }
        public virtual decimal Decimal { get; set; }
        public virtual bool Bool { get; set; }
        public virtual char Char { get; set; }
        public virtual string String { get; set; }
        public virtual DateTime DateTime { get; set; }
        public virtual TimeSpan TimeSpan { get; set; }
        public virtual Guid Guid { get; set; }
        public virtual byte[] Bytes { get; set; }
        public virtual Color Color { get; set; }
        public virtual Perms Perms { get; set; }
        public virtual int? NullableInt { get; set; }
        public virtual List<int> Ids { get; set; }
        public virtual List<string> Tags { get; set; }
        public virtual Dictionary<string, string> Map { get; set; }
        public virtual Poco Poco { get; set; }
        public virtual List<Poco> Pocos { get; set; }
    }

    public enum Color
    {
        Red = 0,
        Green = 1,
        Blue = 2,
    }

    [Route("/void/{Id}")]
    public partial class DoNothing
        : IReturnVoid
    {
        public virtual int Id { get; set; }
    }

    [Route("/files/{Path*}")]
    public partial class GetFile
    {
        public virtual string Path { get; set; }
    }

    [Route("/hello/{Name}", "GET")]
    [Route("/hello", "POST")]
    public partial class Hello
        : IReturn<HelloResponse>
    {
        public virtual string Name { get; set; }
    }

    public partial class HelloResponse
    {
        public virtual string Result { get; set; }
        public virtual ResponseStatus ResponseStatus { get; set; }
    }

    [Route("/only-post", "GET,POST")]
    public partial class OnlyPost
    {
        public virtual string Name { get; set; }
    }

    [Flags]
    public enum Perms
    {
        None = 0,
        Read = 1,
        Write = 2,
        Delete = 4,
    }

    public partial class Poco
    {
        public virtual int Id { get; set; }
        public virtual string Name { get; set; }
    }

    [Route("/throw/{Type}")]
    public partial class Throw
    {
        public virtual string Type { get; set; }
        public virtual string Message { get; set; }
    }

    [Route("/users/{Id}", "PUT")]
    [Route("/users/2fa", "GET")]
    public partial class UpdateUser
    {
        public virtual int Id { get; set; }
        public virtual string Name { get; set; }
        public virtual int Age { get; set; }
    }

    [Route("/validated", "POST")]
    public partial class Validated
        : IReturn<HelloResponse>
    {
        public virtual string Name { get; set; }
        public virtual int Age { get; set; }
        public virtual string Code { get; set; }
    }

}


// A small stub of the ServiceStack types that generated C# DTOs refer to, so /types/csharp output
// compiles with Mono's mcs without the ServiceStack packages. The error DTOs keep ServiceStack's
// DataContract namespace and member order, so they exchange XML exactly as the real ones do.
using System;
using System.Collections.Generic;
using System.Runtime.Serialization;

namespace ServiceStack
{
    public interface IReturn { }
    public interface IReturn<T> : IReturn { }
    public interface IReturnVoid : IReturn { }
    public interface IVerb { }
    public interface IGet : IVerb { }
    public interface IPost : IVerb { }
    public interface IPut : IVerb { }
    public interface IDelete : IVerb { }
    public interface IPatch : IVerb { }

    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = true)]
    public class RouteAttribute : Attribute
    {
        public RouteAttribute(string path) { Path = path; }
        public RouteAttribute(string path, string verbs) { Path = path; Verbs = verbs; }
        public string Path { get; set; }
        public string Verbs { get; set; }
    }

    [DataContract(Namespace = "http://schemas.servicestack.net/types")]
    public class ResponseError
    {
        [DataMember(Order = 1)] public string ErrorCode { get; set; }
        [DataMember(Order = 2)] public string FieldName { get; set; }
        [DataMember(Order = 3)] public string Message { get; set; }
        [DataMember(Order = 4)] public Dictionary<string, string> Meta { get; set; }
    }

    [DataContract(Namespace = "http://schemas.servicestack.net/types")]
    public class ResponseStatus
    {
        [DataMember(Order = 1)] public string ErrorCode { get; set; }
        [DataMember(Order = 2)] public string Message { get; set; }
        [DataMember(Order = 3)] public string StackTrace { get; set; }
        [DataMember(Order = 4)] public List<ResponseError> Errors { get; set; }
        [DataMember(Order = 5)] public Dictionary<string, string> Meta { get; set; }
    }
}

namespace ServiceStack.DataAnnotations
{
    [AttributeUsage(AttributeTargets.Property)]
    public class RequiredAttribute : Attribute { }
}

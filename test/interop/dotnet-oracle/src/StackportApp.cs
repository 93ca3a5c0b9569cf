// DTOs of Stackport's interop test app (test/interop/fixtures/interop-app.ts): the hello app's
// Hello and Throw operations (test/fixtures/hello-app.ts) and two operations of the interop
// fixture, in the same CLR namespace, so DataContractSerializer names them as Stackport does.
// Project-only: not in shared/tools/dotnet-oracle.
using System;
using System.Collections.Generic;
using ServiceStack;

namespace MyApp.ServiceModel
{
    public class Hello
    {
        public string Name { get; set; }
    }

    public class HelloResponse
    {
        public string Result { get; set; }
        public ResponseStatus ResponseStatus { get; set; }
    }

    public class Throw
    {
        public string Type { get; set; }
        public string Message { get; set; }
    }

    public class ThrowResponse
    {
        public int Total { get; set; }
        public ResponseStatus ResponseStatus { get; set; }
    }

    // IReturn<FailResult>, and FailResult has no ResponseStatus: errors come back as ErrorResponse.
    public class Fail
    {
        public string Reason { get; set; }
    }

    public class FailResult
    {
        public bool Ok { get; set; }
    }

    // GET with query binding of typed scalars (int, Guid in its "N" form, a UTC DateTime).
    public class Sum
    {
        public int A { get; set; }
        public int B { get; set; }
        public Guid Id { get; set; }
        public DateTime When { get; set; }
    }

    public class SumResponse
    {
        public Guid Id { get; set; }
        public int Total { get; set; }
        public DateTime When { get; set; }
        public ResponseStatus ResponseStatus { get; set; }
    }
}

// Calls gateway (Zitadel) operations of a running Stackport app the way ServiceStack's
// JsonServiceClient.Post(dto) does, with the DTOs its /types/csharp generated: the URL from the
// request's [Route] for POST, the body written by a DataContract-aware JSON serializer (Json.NET
// here, honouring [DataMember(Name)] as ServiceStack.Text does, nulls omitted), the response read
// back into the generated type. Usage: GatewayClient.exe BASE_URL TOKEN add | verify CODE
using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Text;
using Newtonsoft.Json;
using ServiceStack;
using zitadel.auth.v1;

public static class GatewayClient
{
    static readonly JsonSerializerSettings Settings = new JsonSerializerSettings { NullValueHandling = NullValueHandling.Ignore };

    static TResponse Post<TResponse>(string baseUrl, string token, IReturn<TResponse> request)
    {
        var route = request.GetType().GetCustomAttributes(typeof(RouteAttribute), true).Cast<RouteAttribute>()
            .First(r => r.Verbs == null || r.Verbs.Split(',').Contains("POST"));
        var body = JsonConvert.SerializeObject(request, Settings);
        Console.WriteLine("> POST " + route.Path + " " + body);
        var http = (HttpWebRequest)WebRequest.Create(baseUrl + route.Path);
        http.Method = "POST";
        http.ContentType = "application/json";
        http.Accept = "application/json";
        http.Headers["Authorization"] = "Bearer " + token;
        var bytes = Encoding.UTF8.GetBytes(body);
        using (var s = http.GetRequestStream()) s.Write(bytes, 0, bytes.Length);
        try
        {
            using (var res = (HttpWebResponse)http.GetResponse())
            using (var reader = new StreamReader(res.GetResponseStream()))
                return JsonConvert.DeserializeObject<TResponse>(reader.ReadToEnd(), Settings);
        }
        catch (WebException e) when (e.Response != null)
        {
            using (var reader = new StreamReader(e.Response.GetResponseStream()))
                throw new Exception((int)((HttpWebResponse)e.Response).StatusCode + " " + reader.ReadToEnd());
        }
    }

    public static int Main(string[] args)
    {
        try
        {
            if (args[2] == "add")
            {
                var added = Post(args[0], args[1], new AddMyAuthFactorOTPRequest());
                Console.WriteLine("secret=" + added.Secret);
                Console.WriteLine("sequence=" + added.Details.Sequence + " owner=" + added.Details.ResourceOwner + " created=" + added.Details.CreationDate.HasValue);
            }
            else
            {
                var verified = Post(args[0], args[1], new VerifyMyAuthFactorOTPRequest { Code = args[3] });
                Console.WriteLine("verified sequence=" + verified.Details.Sequence + " owner=" + verified.Details.ResourceOwner);
            }
            return 0;
        }
        catch (Exception e)
        {
            Console.WriteLine("error: " + e.Message);
            return 1;
        }
    }
}

// A System.ServiceModel (WCF) client written against the product's served WSDL, as svcutil would
// shape it for ServiceStack's document/literal bindings: a service contract per port type, one
// unwrapped message contract per WSDL message (its single part is the DTO element), DTOs as
// DataContracts in their WSDL namespaces. SOAP 1.1 uses BasicHttpBinding; SOAP 1.2 a text
// encoding with Soap12 + WS-Addressing 1.0, as the WSDL's WSHttpBinding port would without security.
//
//   mono wcf-otp-client.exe <base url> soap11|soap12 create <userId> <gsm>
//   mono wcf-otp-client.exe <base url> soap11|soap12 verify <otpIdReference> <code>
using System;
using System.Runtime.Serialization;
using System.ServiceModel;
using System.ServiceModel.Channels;

namespace StackportWcf
{
    static class Ns
    {
        public const string Types = "http://schemas.servicestack.net/types";
        public const string Request = "http://schemas.datacontract.org/2004/07/BusinessLayer.Dto.Request";
        public const string Response = "http://schemas.datacontract.org/2004/07/BusinessLayer.Dto.Response";
    }

    [DataContract(Namespace = Ns.Request)]
    public class CreateTwoFactorSmsOtpRequest
    {
        [DataMember] public string GsmNumber { get; set; }
        [DataMember] public bool? IsSync { get; set; }
        [DataMember] public int MaxSMSCount { get; set; }
        [DataMember] public int MaxSMSInterval { get; set; }
        [DataMember] public int OtpExpirationPeriod { get; set; }
        [DataMember] public string Source { get; set; }
        [DataMember] public int TwoFactorConfigurationId { get; set; }
        [DataMember] public Guid UserId { get; set; }
    }

    // Code is the WSDL's enumeration; read as its string value so that any code can be printed.
    [DataContract(Namespace = Ns.Response)]
    public class CreateTwoFactorSmsOtpResponse
    {
        [DataMember] public string Code { get; set; }
        [DataMember] public string ExceptionMessage { get; set; }
        [DataMember] public string GsmNumber { get; set; }
        [DataMember] public int Id { get; set; }
        [DataMember] public string OtpCode { get; set; }
        [DataMember] public string OtpIdReference { get; set; }
        [DataMember] public string ReferenceCode { get; set; }
        [DataMember] public int RemainingExpirationSeconds { get; set; }
        [DataMember] public bool Success { get; set; }
    }

    [DataContract(Namespace = Ns.Request)]
    public class VerifyTwoFactorSmsOtpRequest
    {
        [DataMember] public string OtpCode { get; set; }
        [DataMember] public string OtpIdReference { get; set; }
    }

    [DataContract(Namespace = Ns.Response)]
    public class VerifyTwoFactorSmsOtpResponse
    {
        [DataMember] public string Code { get; set; }
        [DataMember] public string ExceptionMessage { get; set; }
        [DataMember] public string OtpIdReference { get; set; }
        [DataMember] public bool Success { get; set; }
        [DataMember] public bool Verified { get; set; }
    }

    [MessageContract(IsWrapped = false)]
    public class CreateTwoFactorSmsOtpRequestIn
    {
        [MessageBodyMember(Namespace = Ns.Request, Order = 0)] public CreateTwoFactorSmsOtpRequest CreateTwoFactorSmsOtpRequest;
    }

    [MessageContract(IsWrapped = false)]
    public class CreateTwoFactorSmsOtpRequestOut
    {
        [MessageBodyMember(Namespace = Ns.Response, Order = 0)] public CreateTwoFactorSmsOtpResponse CreateTwoFactorSmsOtpResponse;
    }

    [MessageContract(IsWrapped = false)]
    public class VerifyTwoFactorSmsOtpRequestIn
    {
        [MessageBodyMember(Namespace = Ns.Request, Order = 0)] public VerifyTwoFactorSmsOtpRequest VerifyTwoFactorSmsOtpRequest;
    }

    [MessageContract(IsWrapped = false)]
    public class VerifyTwoFactorSmsOtpRequestOut
    {
        [MessageBodyMember(Namespace = Ns.Response, Order = 0)] public VerifyTwoFactorSmsOtpResponse VerifyTwoFactorSmsOtpResponse;
    }

    [ServiceContract(Namespace = Ns.Types, Name = "ISyncReply")]
    public interface ISyncReply
    {
        [OperationContract(Action = Ns.Types + "/CreateTwoFactorSmsOtpRequest", ReplyAction = "*")]
        CreateTwoFactorSmsOtpRequestOut CreateTwoFactorSmsOtpRequest(CreateTwoFactorSmsOtpRequestIn request);

        [OperationContract(Action = Ns.Types + "/VerifyTwoFactorSmsOtpRequest", ReplyAction = "*")]
        VerifyTwoFactorSmsOtpRequestOut VerifyTwoFactorSmsOtpRequest(VerifyTwoFactorSmsOtpRequestIn request);
    }

    static class Program
    {
        static Binding BindingFor(string version)
        {
            if (version == "soap11") return new BasicHttpBinding();
            return new CustomBinding(new TextMessageEncodingBindingElement(MessageVersion.Soap12WSAddressing10, System.Text.Encoding.UTF8), new HttpTransportBindingElement());
        }

        static int Main(string[] args)
        {
            if (args.Length != 5) { Console.Error.WriteLine("usage: <base url> soap11|soap12 create <userId> <gsm> | verify <reference> <code>"); return 2; }
            var factory = new ChannelFactory<ISyncReply>(BindingFor(args[1]), new EndpointAddress(args[0].TrimEnd('/') + "/" + args[1]));
            var client = factory.CreateChannel();
            try
            {
                if (args[2] == "create")
                {
                    var request = new CreateTwoFactorSmsOtpRequest { UserId = new Guid(args[3]), GsmNumber = args[4], TwoFactorConfigurationId = 1, OtpExpirationPeriod = 120, IsSync = true, Source = "wcf" };
                    var r = client.CreateTwoFactorSmsOtpRequest(new CreateTwoFactorSmsOtpRequestIn { CreateTwoFactorSmsOtpRequest = request }).CreateTwoFactorSmsOtpResponse;
                    Console.WriteLine("Success={0} Code={1} OtpIdReference={2} GsmNumber={3} OtpCode={4}", r.Success, r.Code, r.OtpIdReference, r.GsmNumber, r.OtpCode ?? "(null)");
                }
                else
                {
                    var request = new VerifyTwoFactorSmsOtpRequest { OtpIdReference = args[3], OtpCode = args[4] };
                    var r = client.VerifyTwoFactorSmsOtpRequest(new VerifyTwoFactorSmsOtpRequestIn { VerifyTwoFactorSmsOtpRequest = request }).VerifyTwoFactorSmsOtpResponse;
                    Console.WriteLine("Success={0} Verified={1} Code={2} OtpIdReference={3}", r.Success, r.Verified, r.Code, r.OtpIdReference);
                }
                ((IClientChannel)client).Close();
                return 0;
            }
            catch (FaultException e)
            {
                Console.WriteLine("Fault: {0}", e.Message);
                return 1;
            }
        }
    }
}

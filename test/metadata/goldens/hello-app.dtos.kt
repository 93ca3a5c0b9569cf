/* Options:
Date: (generated)
Version: 8.53
Tip: To override a DTO option, remove "//" prefix before updating
BaseUrl: http://example.org

//Package: 
//AddServiceStackTypes: True
//AddResponseStatus: False
//AddImplicitVersion: 
//AddDescriptionAsComments: True
//IncludeTypes: 
//ExcludeTypes: 
//InitializeCollections: True
//TreatTypesAsStrings: 
//DefaultImports: java.math.*,java.util.*,net.servicestack.client.*,com.google.gson.annotations.*,com.google.gson.reflect.*
*/

import java.math.*
import java.util.*
import net.servicestack.client.*
import com.google.gson.annotations.*
import com.google.gson.reflect.*


interface ITenantedRequest
{
}

@Route(Path="/types", Verbs="GET,POST")
// @Route(Path="/types/{Id}", Verbs="PUT")
open class AllTypes
{
    var id:Int? = null
    var long:Long? = null
    var short:Short? = null
    var byte:Short? = null
    var double:Double? = null
    var float:Float? = null
    var decimal:BigDecimal? = null
    var bool:Boolean? = null
    var char:String? = null
    var string:String? = null
    var dateTime:Date? = null
    var timeSpan:TimeSpan? = null
    var guid:UUID? = null
    var bytes:ByteArray? = null
    var color:Color? = null
    var perms:Perms? = null
    var nullableInt:Int? = null
    var ids:ArrayList<Int> = ArrayList<Int>()
    var tags:ArrayList<String> = ArrayList<String>()
    var map:HashMap<String,String> = HashMap<String,String>()
    var poco:Poco? = null
    var pocos:ArrayList<Poco> = ArrayList<Poco>()
}

enum class Color
{
    Red,
    Green,
    Blue,
}

@Route("/void/{Id}")
open class DoNothing : IReturnVoid
{
    var id:Int? = null
}

@Route("/files/{Path*}")
open class GetFile
{
    var path:String? = null
}

@Route(Path="/hello/{Name}", Verbs="GET")
// @Route(Path="/hello", Verbs="POST")
open class Hello : IReturn<HelloResponse>
{
    var name:String? = null
    companion object { private val responseType = HelloResponse::class.java }
    override fun getResponseType(): Any? = Hello.responseType
}

open class HelloResponse
{
    var result:String? = null
    var responseStatus:ResponseStatus? = null
}

@Route(Path="/only-post", Verbs="GET,POST")
open class OnlyPost
{
    var name:String? = null
}

@Flags()
enum class Perms(val value:Int)
{
    @SerializedName("0") None(0),
    @SerializedName("1") Read(1),
    @SerializedName("2") Write(2),
    @SerializedName("4") Delete(4),
}

open class Poco
{
    var id:Int? = null
    var name:String? = null
}

open class PutOperationUnTenanted<TResponse> : IPut
{
}

open class PutOperationTenanted<TResponse> : PutOperationUnTenanted<TResponse>(), ITenantedRequest
{
    var organisationId:String? = null
}

@Route(Path="/tenant/echo", Verbs="PUT")
open class TenantEcho : PutOperationTenanted<TenantEchoResponse>(), IReturn<TenantEchoResponse>
{
    var extra:String? = null
    companion object { private val responseType = TenantEchoResponse::class.java }
    override fun getResponseType(): Any? = TenantEcho.responseType
}

open class TenantEchoResponse
{
    var responseStatus:ResponseStatus? = null
    var echo:String? = null
}

@Route("/throw/{Type}")
open class Throw
{
    var type:String? = null
    var message:String? = null
}

@Route(Path="/users/{Id}", Verbs="PUT")
// @Route(Path="/users/2fa", Verbs="GET")
open class UpdateUser
{
    var id:Int? = null
    var name:String? = null
    var age:Int? = null
}

@Route(Path="/validated", Verbs="POST")
open class Validated : IReturn<HelloResponse>
{
    var name:String? = null
    var age:Int? = null
    var code:String? = null
    companion object { private val responseType = HelloResponse::class.java }
    override fun getResponseType(): Any? = Validated.responseType
}

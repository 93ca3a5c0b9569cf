/* Options:
Date: (generated)
Version: 8.53
Tip: To override a DTO option, remove "//" prefix before updating
BaseUrl: http://example.org

//Package: 
//GlobalNamespace: dtos
//AddPropertyAccessors: True
//SettersReturnThis: True
//AddServiceStackTypes: True
//AddResponseStatus: False
//AddImplicitVersion: 
//AddDescriptionAsComments: True
//IncludeTypes: 
//ExcludeTypes: 
//TreatTypesAsStrings: 
//DefaultImports: java.math.*,java.util.*,net.servicestack.client.*,com.google.gson.annotations.*,com.google.gson.reflect.*
*/

import java.math.*;
import java.util.*;
import net.servicestack.client.*;
import com.google.gson.annotations.*;
import com.google.gson.reflect.*;

public class dtos
{

    public static interface ITenantedRequest
    {
    }

    @Route(Path="/types", Verbs="GET,POST")
    // @Route(Path="/types/{Id}", Verbs="PUT")
    public static class AllTypes
    {
        public Integer id = null;
        @SerializedName("long") public Long longValue = null;
        @SerializedName("short") public Short shortValue = null;
        @SerializedName("byte") public Short byteValue = null;
        @SerializedName("double") public Double doubleValue = null;
        @SerializedName("float") public Float floatValue = null;
        public BigDecimal decimal = null;
        public Boolean bool = null;
        @SerializedName("char") public String charValue = null;
        public String string = null;
        public Date dateTime = null;
        public TimeSpan timeSpan = null;
        public UUID guid = null;
        public byte[] bytes = null;
        public Color color = null;
        public Perms perms = null;
        public Integer nullableInt = null;
        public ArrayList<Integer> ids = null;
        public ArrayList<String> tags = null;
        public HashMap<String,String> map = null;
        public Poco poco = null;
        public ArrayList<Poco> pocos = null;

        public Integer getId() { return id; }
        public AllTypes setId(Integer value) { this.id = value; return this; }
        public Long getLongValue() { return longValue; }
        public AllTypes setLongValue(Long value) { this.longValue = value; return this; }
        public Short getShortValue() { return shortValue; }
        public AllTypes setShortValue(Short value) { this.shortValue = value; return this; }
        public Short getByteValue() { return byteValue; }
        public AllTypes setByteValue(Short value) { this.byteValue = value; return this; }
        public Double getDoubleValue() { return doubleValue; }
        public AllTypes setDoubleValue(Double value) { this.doubleValue = value; return this; }
        public Float getFloatValue() { return floatValue; }
        public AllTypes setFloatValue(Float value) { this.floatValue = value; return this; }
        public BigDecimal getDecimal() { return decimal; }
        public AllTypes setDecimal(BigDecimal value) { this.decimal = value; return this; }
        public Boolean isBool() { return bool; }
        public AllTypes setBool(Boolean value) { this.bool = value; return this; }
        public String getCharValue() { return charValue; }
        public AllTypes setCharValue(String value) { this.charValue = value; return this; }
        public String getString() { return string; }
        public AllTypes setString(String value) { this.string = value; return this; }
        public Date getDateTime() { return dateTime; }
        public AllTypes setDateTime(Date value) { this.dateTime = value; return this; }
        public TimeSpan getTimeSpan() { return timeSpan; }
        public AllTypes setTimeSpan(TimeSpan value) { this.timeSpan = value; return this; }
        public UUID getGuid() { return guid; }
        public AllTypes setGuid(UUID value) { this.guid = value; return this; }
        public byte[] getBytes() { return bytes; }
        public AllTypes setBytes(byte[] value) { this.bytes = value; return this; }
        public Color getColor() { return color; }
        public AllTypes setColor(Color value) { this.color = value; return this; }
        public Perms getPerms() { return perms; }
        public AllTypes setPerms(Perms value) { this.perms = value; return this; }
        public Integer getNullableInt() { return nullableInt; }
        public AllTypes setNullableInt(Integer value) { this.nullableInt = value; return this; }
        public ArrayList<Integer> getIds() { return ids; }
        public AllTypes setIds(ArrayList<Integer> value) { this.ids = value; return this; }
        public ArrayList<String> getTags() { return tags; }
        public AllTypes setTags(ArrayList<String> value) { this.tags = value; return this; }
        public HashMap<String,String> getMap() { return map; }
        public AllTypes setMap(HashMap<String,String> value) { this.map = value; return this; }
        public Poco getPoco() { return poco; }
        public AllTypes setPoco(Poco value) { this.poco = value; return this; }
        public ArrayList<Poco> getPocos() { return pocos; }
        public AllTypes setPocos(ArrayList<Poco> value) { this.pocos = value; return this; }
    }

    public static enum Color
    {
        Red,
        Green,
        Blue;
    }

    @Route("/void/{Id}")
    public static class DoNothing implements IReturnVoid
    {
        public Integer id = null;

        public Integer getId() { return id; }
        public DoNothing setId(Integer value) { this.id = value; return this; }
    }

    @Route("/files/{Path*}")
    public static class GetFile
    {
        public String path = null;

        public String getPath() { return path; }
        public GetFile setPath(String value) { this.path = value; return this; }
    }

    @Route(Path="/hello/{Name}", Verbs="GET")
    // @Route(Path="/hello", Verbs="POST")
    public static class Hello implements IReturn<HelloResponse>
    {
        public String name = null;

        public String getName() { return name; }
        public Hello setName(String value) { this.name = value; return this; }
        private static Object responseType = HelloResponse.class;
        public Object getResponseType() { return responseType; }
    }

    public static class HelloResponse
    {
        public String result = null;
        public ResponseStatus responseStatus = null;

        public String getResult() { return result; }
        public HelloResponse setResult(String value) { this.result = value; return this; }
        public ResponseStatus getResponseStatus() { return responseStatus; }
        public HelloResponse setResponseStatus(ResponseStatus value) { this.responseStatus = value; return this; }
    }

    @Route(Path="/only-post", Verbs="GET,POST")
    public static class OnlyPost
    {
        public String name = null;

        public String getName() { return name; }
        public OnlyPost setName(String value) { this.name = value; return this; }
    }

    @Flags()
    public static enum Perms
    {
        @SerializedName("0") None(0),
        @SerializedName("1") Read(1),
        @SerializedName("2") Write(2),
        @SerializedName("4") Delete(4);

        private final int value;
        Perms(final int intValue) { value = intValue; }
        public int getValue() { return value; }
    }

    public static class Poco
    {
        public Integer id = null;
        public String name = null;

        public Integer getId() { return id; }
        public Poco setId(Integer value) { this.id = value; return this; }
        public String getName() { return name; }
        public Poco setName(String value) { this.name = value; return this; }
    }

    public static class PutOperationUnTenanted<TResponse> implements IPut
    {
    }

    public static class PutOperationTenanted<TResponse> extends PutOperationUnTenanted<TResponse> implements ITenantedRequest
    {
        public String organisationId = null;

        public String getOrganisationId() { return organisationId; }
        public PutOperationTenanted<TResponse> setOrganisationId(String value) { this.organisationId = value; return this; }
    }

    @Route(Path="/tenant/echo", Verbs="PUT")
    public static class TenantEcho extends PutOperationTenanted<TenantEchoResponse> implements IReturn<TenantEchoResponse>
    {
        public String extra = null;

        public String getExtra() { return extra; }
        public TenantEcho setExtra(String value) { this.extra = value; return this; }
        private static Object responseType = TenantEchoResponse.class;
        public Object getResponseType() { return responseType; }
    }

    public static class TenantEchoResponse
    {
        public ResponseStatus responseStatus = null;
        public String echo = null;

        public ResponseStatus getResponseStatus() { return responseStatus; }
        public TenantEchoResponse setResponseStatus(ResponseStatus value) { this.responseStatus = value; return this; }
        public String getEcho() { return echo; }
        public TenantEchoResponse setEcho(String value) { this.echo = value; return this; }
    }

    @Route("/throw/{Type}")
    public static class Throw
    {
        public String type = null;
        public String message = null;

        public String getType() { return type; }
        public Throw setType(String value) { this.type = value; return this; }
        public String getMessage() { return message; }
        public Throw setMessage(String value) { this.message = value; return this; }
    }

    @Route(Path="/users/{Id}", Verbs="PUT")
    // @Route(Path="/users/2fa", Verbs="GET")
    public static class UpdateUser
    {
        public Integer id = null;
        public String name = null;
        public Integer age = null;

        public Integer getId() { return id; }
        public UpdateUser setId(Integer value) { this.id = value; return this; }
        public String getName() { return name; }
        public UpdateUser setName(String value) { this.name = value; return this; }
        public Integer getAge() { return age; }
        public UpdateUser setAge(Integer value) { this.age = value; return this; }
    }

    @Route(Path="/validated", Verbs="POST")
    public static class Validated implements IReturn<HelloResponse>
    {
        public String name = null;
        public Integer age = null;
        public String code = null;

        public String getName() { return name; }
        public Validated setName(String value) { this.name = value; return this; }
        public Integer getAge() { return age; }
        public Validated setAge(Integer value) { this.age = value; return this; }
        public String getCode() { return code; }
        public Validated setCode(String value) { this.code = value; return this; }
        private static Object responseType = HelloResponse.class;
        public Object getResponseType() { return responseType; }
    }

}

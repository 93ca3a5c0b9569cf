""" Options:
Date: (generated)
Version: 8.53
Tip: To override a DTO option, remove "#" prefix before updating
BaseUrl: http://example.org

#GlobalNamespace: 
#AddServiceStackTypes: True
#AddResponseStatus: False
#AddImplicitVersion: 
#AddDescriptionAsComments: True
#IncludeTypes: 
#ExcludeTypes: 
#DefaultImports: datetime,decimal,marshmallow.fields:*,servicestack:*,typing:*,dataclasses:dataclass/field,dataclasses_json:dataclass_json/LetterCase/Undefined/config,enum:Enum/IntEnum
#DataClass: 
#DataClassJson: 
"""

import datetime
import decimal
from marshmallow.fields import *
from servicestack import *
from typing import *
from dataclasses import dataclass, field
from dataclasses_json import dataclass_json, LetterCase, Undefined, config
from enum import Enum, IntEnum


class ITenantedRequest:
    pass


class Color(str, Enum):
    RED = 'Red'
    GREEN = 'Green'
    BLUE = 'Blue'


class Perms(IntEnum):
    NONE = 0
    READ = 1
    WRITE = 2
    DELETE = 4


@dataclass_json(letter_case=LetterCase.CAMEL, undefined=Undefined.EXCLUDE)
@dataclass
class Poco:
    id: int = 0
    name: Optional[str] = None


# @Route("/types", "GET,POST")
# @Route("/types/{Id}", "PUT")
@dataclass_json(letter_case=LetterCase.CAMEL, undefined=Undefined.EXCLUDE)
@dataclass
class AllTypes:
    id: int = 0
    long: int = 0
    short: int = 0
    byte: int = 0
    double: float = 0.0
    float_: float = field(metadata=config(field_name='float'), default=0.0)
    decimal_: decimal.Decimal = field(metadata=config(field_name='decimal'), default=decimal.Decimal(0))
    bool_: bool = field(metadata=config(field_name='bool'), default=False)
    char: Optional[str] = None
    string: Optional[str] = None
    date_time: datetime.datetime = datetime.datetime(1, 1, 1)
    time_span: datetime.timedelta = datetime.timedelta()
    guid: Optional[str] = None
    bytes_: Optional[bytes] = field(metadata=config(field_name='bytes'), default=None)
    color: Optional[Color] = None
    perms: Optional[Perms] = None
    nullable_int: Optional[int] = None
    ids: Optional[List[int]] = None
    tags: Optional[List[str]] = None
    map: Optional[Dict[str, str]] = None
    poco: Optional[Poco] = None
    pocos: Optional[List[Poco]] = None


# @Route("/void/{Id}")
@dataclass_json(letter_case=LetterCase.CAMEL, undefined=Undefined.EXCLUDE)
@dataclass
class DoNothing(IReturnVoid):
    id: int = 0


# @Route("/files/{Path*}")
@dataclass_json(letter_case=LetterCase.CAMEL, undefined=Undefined.EXCLUDE)
@dataclass
class GetFile:
    path: Optional[str] = None


# @Route("/hello/{Name}", "GET")
# @Route("/hello", "POST")
@dataclass_json(letter_case=LetterCase.CAMEL, undefined=Undefined.EXCLUDE)
@dataclass
class Hello(IReturn["HelloResponse"]):
    name: Optional[str] = None


@dataclass_json(letter_case=LetterCase.CAMEL, undefined=Undefined.EXCLUDE)
@dataclass
class HelloResponse:
    result: Optional[str] = None
    response_status: Optional[ResponseStatus] = None


# @Route("/only-post", "GET,POST")
@dataclass_json(letter_case=LetterCase.CAMEL, undefined=Undefined.EXCLUDE)
@dataclass
class OnlyPost:
    name: Optional[str] = None


TResponse = TypeVar('TResponse')


@dataclass_json(letter_case=LetterCase.CAMEL, undefined=Undefined.EXCLUDE)
@dataclass
class PutOperationUnTenanted(IPut, Generic[TResponse]):
    pass


@dataclass_json(letter_case=LetterCase.CAMEL, undefined=Undefined.EXCLUDE)
@dataclass
class PutOperationTenanted(PutOperationUnTenanted[TResponse], ITenantedRequest):
    organisation_id: Optional[str] = None


@dataclass_json(letter_case=LetterCase.CAMEL, undefined=Undefined.EXCLUDE)
@dataclass
class TenantEchoResponse:
    response_status: Optional[ResponseStatus] = None
    echo: Optional[str] = None


# @Route("/tenant/echo", "PUT")
@dataclass_json(letter_case=LetterCase.CAMEL, undefined=Undefined.EXCLUDE)
@dataclass
class TenantEcho(PutOperationTenanted[TenantEchoResponse], IReturn[TenantEchoResponse]):
    extra: Optional[str] = None


# @Route("/throw/{Type}")
@dataclass_json(letter_case=LetterCase.CAMEL, undefined=Undefined.EXCLUDE)
@dataclass
class Throw:
    type: Optional[str] = None
    message: Optional[str] = None


# @Route("/users/{Id}", "PUT")
# @Route("/users/2fa", "GET")
@dataclass_json(letter_case=LetterCase.CAMEL, undefined=Undefined.EXCLUDE)
@dataclass
class UpdateUser:
    id: int = 0
    name: Optional[str] = None
    age: int = 0


# @Route("/validated", "POST")
@dataclass_json(letter_case=LetterCase.CAMEL, undefined=Undefined.EXCLUDE)
@dataclass
class Validated(IReturn[HelloResponse]):
    name: Optional[str] = None
    age: int = 0
    code: Optional[str] = None


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

package dtos

import (
	ss "github.com/ServiceStack/servicestack-go"
	"time"
)

type Color string

const (
	ColorRed   Color = "Red"
	ColorGreen       = "Green"
	ColorBlue        = "Blue"
)

type Perms int

const (
	PermsNone   Perms = 0
	PermsRead   Perms = 1
	PermsWrite  Perms = 2
	PermsDelete Perms = 4
)

type Poco struct {
	Id   *int    `json:"id,omitempty"`
	Name *string `json:"name,omitempty"`
}

// @Route("/types", "GET,POST")
// @Route("/types/{Id}", "PUT")
type AllTypes struct {
	Id          *int              `json:"id,omitempty"`
	Long        *int64            `json:"long,omitempty"`
	Short       *int16            `json:"short,omitempty"`
	Byte        *byte             `json:"byte,omitempty"`
	Double      *float64          `json:"double,omitempty"`
	Float       *float32          `json:"float,omitempty"`
	Decimal     *float64          `json:"decimal,omitempty"`
	Bool        *bool             `json:"bool,omitempty"`
	Char        *string           `json:"char,omitempty"`
	String      *string           `json:"string,omitempty"`
	DateTime    *time.Time        `json:"dateTime,omitempty"`
	TimeSpan    *time.Duration    `json:"timeSpan,omitempty"`
	Guid        *string           `json:"guid,omitempty"`
	Bytes       []byte            `json:"bytes,omitempty"`
	Color       *Color            `json:"color,omitempty"`
	Perms       *Perms            `json:"perms,omitempty"`
	NullableInt *int              `json:"nullableInt,omitempty"`
	Ids         []int             `json:"ids,omitempty"`
	Tags        []string          `json:"tags,omitempty"`
	Map         map[string]string `json:"map,omitempty"`
	Poco        *Poco             `json:"poco,omitempty"`
	Pocos       []Poco            `json:"pocos,omitempty"`
}

func (AllTypes) CreateResponseVoid() {}
func (AllTypes) HttpMethod() string  { return "POST" }

// @Route("/void/{Id}")
type DoNothing struct {
	Id *int `json:"id,omitempty"`
}

func (DoNothing) CreateResponseVoid() {}
func (DoNothing) HttpMethod() string  { return "POST" }

// @Route("/files/{Path*}")
type GetFile struct {
	Path *string `json:"path,omitempty"`
}

func (GetFile) CreateResponseVoid() {}
func (GetFile) HttpMethod() string  { return "POST" }

// @Route("/hello/{Name}", "GET")
// @Route("/hello", "POST")
type Hello struct {
	Name *string `json:"name,omitempty"`
}

func (Hello) CreateResponse() (r HelloResponse) { return }
func (Hello) HttpMethod() string                { return "GET" }

type HelloResponse struct {
	Result         *string            `json:"result,omitempty"`
	ResponseStatus *ss.ResponseStatus `json:"responseStatus,omitempty"`
}

// @Route("/only-post", "GET,POST")
type OnlyPost struct {
	Name *string `json:"name,omitempty"`
}

func (OnlyPost) CreateResponseVoid() {}
func (OnlyPost) HttpMethod() string  { return "POST" }

type PutOperationUnTenanted[TResponse any] struct {
}

type PutOperationTenanted[TResponse any] struct {
	PutOperationUnTenanted[TResponse]
	OrganisationId *string `json:"organisationId,omitempty"`
}

type TenantEchoResponse struct {
	ResponseStatus *ss.ResponseStatus `json:"responseStatus,omitempty"`
	Echo           *string            `json:"echo,omitempty"`
}

// @Route("/tenant/echo", "PUT")
type TenantEcho struct {
	PutOperationTenanted[TenantEchoResponse]
	Extra *string `json:"extra,omitempty"`
}

func (TenantEcho) CreateResponse() (r TenantEchoResponse) { return }
func (TenantEcho) HttpMethod() string                     { return "PUT" }

// @Route("/throw/{Type}")
type Throw struct {
	Type    *string `json:"type,omitempty"`
	Message *string `json:"message,omitempty"`
}

func (Throw) CreateResponseVoid() {}
func (Throw) HttpMethod() string  { return "POST" }

// @Route("/users/{Id}", "PUT")
// @Route("/users/2fa", "GET")
type UpdateUser struct {
	Id   *int    `json:"id,omitempty"`
	Name *string `json:"name,omitempty"`
	Age  *int    `json:"age,omitempty"`
}

func (UpdateUser) CreateResponseVoid() {}
func (UpdateUser) HttpMethod() string  { return "PUT" }

// @Route("/validated", "POST")
type Validated struct {
	Name *string `json:"name,omitempty"`
	Age  *int    `json:"age,omitempty"`
	Code *string `json:"code,omitempty"`
}

func (Validated) CreateResponse() (r HelloResponse) { return }
func (Validated) HttpMethod() string                { return "POST" }

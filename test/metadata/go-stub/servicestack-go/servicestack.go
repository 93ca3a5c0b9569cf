// Package servicestack is a stub of the servicestack-go client library: the types generated
// DTOs reference, and the interfaces the client reads a request DTO's response type and verb through.
package servicestack

// ResponseError is one field error of a ResponseStatus.
type ResponseError struct {
	ErrorCode *string           `json:"errorCode,omitempty"`
	FieldName *string           `json:"fieldName,omitempty"`
	Message   *string           `json:"message,omitempty"`
	Meta      map[string]string `json:"meta,omitempty"`
}

// ResponseStatus is ServiceStack's error envelope.
type ResponseStatus struct {
	ErrorCode  *string           `json:"errorCode,omitempty"`
	Message    *string           `json:"message,omitempty"`
	StackTrace *string           `json:"stackTrace,omitempty"`
	Errors     []ResponseError   `json:"errors,omitempty"`
	Meta       map[string]string `json:"meta,omitempty"`
}

// IReturn is a request DTO with a response type.
type IReturn[T any] interface {
	CreateResponse() T
}

// IReturnVoid is a request DTO without a response body.
type IReturnVoid interface {
	CreateResponseVoid()
}

// IHasHttpMethod is a request DTO naming the verb the client sends it with.
type IHasHttpMethod interface {
	HttpMethod() string
}

// A stub of the net.servicestack.client library: what generated DTOs reference.
package net.servicestack.client;

public class ResponseError {
    public String errorCode = null;
    public String fieldName = null;
    public String message = null;
}

// A stub of the net.servicestack.client library: what generated DTOs reference.
package net.servicestack.client;

import java.util.ArrayList;

public class ResponseStatus {
    public String errorCode = null;
    public String message = null;
    public String stackTrace = null;
    public ArrayList<ResponseError> errors = null;
}

// A stub of the net.servicestack.client library: what generated DTOs reference.
package net.servicestack.client;

public interface IReturnVoid {
}

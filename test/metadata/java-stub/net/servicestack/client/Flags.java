// A stub of the net.servicestack.client library: what generated DTOs reference.
package net.servicestack.client;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

@Retention(RetentionPolicy.RUNTIME)
public @interface Flags {
}

package org.tejido.collectives;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the roles that may use a handler of collective pages
 * ({@code /{lang}/c/{collective}/…}). A {@link Membership} parameter without it admits
 * coordinators and members, never allies. Strangers to the collective always get a 404,
 * people without an allowed role a 403.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
public @interface InCollective {

	CollectiveRole[] value() default { CollectiveRole.COORDINATOR, CollectiveRole.MEMBER };

}

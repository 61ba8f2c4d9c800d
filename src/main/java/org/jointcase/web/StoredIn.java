package org.jointcase.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a length limit of a module's {@code …Limits} class: the varchar columns (as {@code table.column}) that store what
 * the limit bounds. A test holds each limit to the migrated columns, so that validation and database cannot drift:
 * equal to the columns in {@link #value()}, which store the text as it is, and no longer than those in
 * {@link #within()}, which store it inside a longer text.
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface StoredIn {

	/** The columns that store the text as it is, as long as the limit. */
	String[] value() default {};

	/** The columns that store the text as part of another, at least as long as the limit. */
	String[] within() default {};
}

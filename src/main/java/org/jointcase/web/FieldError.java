package org.jointcase.web;

/** One rejected input field of a problem body: which field, which rule it broke, and in words. */
public record FieldError(String field, String rule, String message) {
}

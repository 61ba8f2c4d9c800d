package org.jointcase.web;

import java.util.List;

/**
 * One page of a list answer. {@code next} is the opaque cursor of the following page, {@code null} on the last one.
 */
public record PageResponse<T>(List<T> items, String next) {
}

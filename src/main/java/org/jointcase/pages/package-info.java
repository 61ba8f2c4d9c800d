/**
 * The web pages for officers, rendered by the application over the same services as the API.
 */
package org.jointcase.pages;

/**
 * The reference application: a Javalin app that embeds lmskit. The only module where HTTP and JSON
 * live. Data flows one way: request -> handler (JSON, Bean Validation, identity) -> lms-core service
 * -> persistence SPI -> adapter.
 */
package org.lmskit.app;

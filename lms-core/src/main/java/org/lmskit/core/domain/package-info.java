/**
 * The domains of the values lmskit accepts: decimals, free text, identifiers' characters, instants and
 * dates. Every entry point of the library checks its inputs here before any arithmetic, allocation or
 * storage, so both storage adapters receive exactly the same values and every accepted value reads back.
 * The domains are listed in {@code docs/domains.md}.
 */
package org.lmskit.core.domain;

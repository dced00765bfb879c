/**
 * The domains of the values lmskit accepts: decimals, free text, identifiers' characters, instants and
 * dates. Every entry point of the library checks its inputs here before any arithmetic, allocation or
 * storage, so both storage adapters receive exactly the same values and every accepted value reads back.
 * The domains are listed in {@code docs/domains.md}.
 */
@API(status = STABLE, since = "0.1.0")
package org.lmskit.core.domain;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

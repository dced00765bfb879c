/** HTTP plumbing shared by every resource: JSON, request validation, identity, RFC 9457 problems. */
package org.lmskit.app.http;

/**
 * What the reference app shows a visitor: the landing page, the pages over the REST API, the OpenAPI description
 * and Swagger UI. Everything here is public (it reveals no data: the pages ask the API with the demo user's token).
 */
package org.lmskit.app.site;

/**
 * lmskit in a Spring Boot 4 application: add {@code lms-spring-boot-starter} and inject {@code Lms}.
 * {@link org.lmskit.spring.boot.LmsAutoConfiguration} says what is built and how each part backs off;
 * {@link org.lmskit.spring.boot.LmsProperties} lists the {@code lmskit.*} properties (docs/spring-boot.md).
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
package org.lmskit.spring.boot;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** HTTP resources of adaptive courses: catalogue, enrolment, attempts, progress, paths, tutoring; and the demo. */
package org.lmskit.app.adaptive;

/**
 * lmskit's business rules: build an {@code org.lmskit.core.Lms} with {@code Lms.builder()} over a storage
 * ({@code org.lmskit.spi}) and call its capabilities. {@code org.lmskit.core.internal} is not exported: it
 * is the library's own plumbing, free to change between any two versions.
 */
module org.lmskit.core {
    requires transitive org.lmskit.spi;
    requires com.google.common;
    requires org.slf4j;
    requires static org.apiguardian.api;

    exports org.lmskit.core;
    exports org.lmskit.core.adaptive;
    exports org.lmskit.core.assembly;
    exports org.lmskit.core.audit;
    exports org.lmskit.core.certification;
    exports org.lmskit.core.competency;
    exports org.lmskit.core.competency.framework;
    exports org.lmskit.core.directory;
    exports org.lmskit.core.domain;
    exports org.lmskit.core.error;
    exports org.lmskit.core.event;
    exports org.lmskit.core.id;
    exports org.lmskit.core.notification;
    exports org.lmskit.core.observation;
    exports org.lmskit.core.policy;
    exports org.lmskit.core.recruitment;
    exports org.lmskit.core.seats;
    exports org.lmskit.core.security;
}

/**
 * The storage SPI of lmskit: the records and stores a host implements (or takes from {@code lms-inmemory}
 * or {@code lms-jdbc}) to keep lmskit's data. Every package is exported; none needs reflection.
 */
module org.lmskit.spi {
    requires static org.apiguardian.api;

    exports org.lmskit.spi;
    exports org.lmskit.spi.adaptive;
    exports org.lmskit.spi.audit;
    exports org.lmskit.spi.certification;
    exports org.lmskit.spi.competency;
    exports org.lmskit.spi.jobs;
    exports org.lmskit.spi.outbox;
    exports org.lmskit.spi.recruitment;
    exports org.lmskit.spi.seats;
}

package org.lmskit.spring.boot;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.lmskit.core.Lms;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;

/** {@code /actuator/info}'s {@code lmskit} entry: the library's version and the storage it runs on. */
public final class LmsInfoContributor implements InfoContributor {
    private final Lms lms;

    public LmsInfoContributor(Lms lms) {
        this.lms = lms;
    }

    /** This starter's version, which the BOM aligns with every lmskit module's. */
    public static String version() {
        try (InputStream in = LmsInfoContributor.class.getResourceAsStream("lmskit.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void contribute(Info.Builder builder) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("version", version());
        details.put("storage", lms.storageCapabilities().name());
        details.put("persistent", lms.storageCapabilities().persistent());
        details.put("outbox", lms.events().relay().isPresent());
        builder.withDetail("lmskit", details);
    }
}

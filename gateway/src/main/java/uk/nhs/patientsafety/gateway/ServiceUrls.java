package uk.nhs.patientsafety.gateway;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithParentName;
import java.util.Map;

/** The services behind the gateway by name ({@code platform.services.<name>.url}, env {@code PLATFORM_SERVICES_<NAME>_URL}). */
@ConfigMapping(prefix = "platform.services")
public interface ServiceUrls {

    @WithParentName
    Map<String, Service> all();

    interface Service {
        String url();
    }
}

package uk.nhs.patientsafety.summit.shared;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The service's own settings. */
@ConfigMapping(prefix = "summit")
public interface SummitConfig {

    /** NHS England's national organisation code: who answers escalations raised to national (X24). */
    @WithDefault("X24")
    String nationalOds();
}

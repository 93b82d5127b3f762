package uk.nhs.patientsafety.gateway.streams;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.nhs.patientsafety.web.OrgTypes;
import uk.nhs.patientsafety.web.organisations.Commissioning;

/**
 * Who sees which published event (DOMAIN §9): a provider its own organisation's; an ICB those of the providers it
 * commissions; a region those in its region; national teams all. Anyone else — a regulator, say — none.
 */
@ApplicationScoped
public class StreamVisibility {

    @Inject
    Commissioning commissioning;

    boolean canSee(Viewer viewer, StreamEvent event) {
        if (viewer.isNational()) {
            return true;
        }
        if (viewer.isRegional()) {
            return viewer.region() != null && viewer.region().equals(regionOf(event));
        }
        if (event.providerOds() == null || viewer.org() == null) {
            return false;
        }
        return switch (String.valueOf(viewer.orgType())) {
            case OrgTypes.PROVIDER -> viewer.org().equals(event.providerOds());
            case OrgTypes.ICB -> commissioning.commissions(viewer.org(), event.providerOds());
            default -> false;
        };
    }

    private String regionOf(StreamEvent event) {
        if (event.region() != null) {
            return event.region();
        }
        return event.providerOds() == null
                ? null
                : commissioning.regionOf(event.providerOds()).orElse(null);
    }
}

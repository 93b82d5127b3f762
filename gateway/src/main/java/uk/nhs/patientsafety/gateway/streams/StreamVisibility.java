package uk.nhs.patientsafety.gateway.streams;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.nhs.patientsafety.web.OrgTypes;
import uk.nhs.patientsafety.web.organisations.Commissioning;

/**
 * Who sees which published event (DOMAIN §9): a provider its own organisation's, except quality concerns about it,
 * which it sees only when it raised them (a concern may come from its own staff or patients: issue 12, "the raising
 * organisation and the commissioners of the provider"); an ICB those of the providers it commissions; a region those
 * in its region; national teams all. Anyone else — a regulator, say — none.
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
            case OrgTypes.PROVIDER ->
                aboutTheProviderNotForIt(event)
                        ? event.parties().contains(viewer.org())
                        : viewer.org().equals(event.providerOds());
            case OrgTypes.ICB -> commissioning.commissions(viewer.org(), event.providerOds());
            default -> false;
        };
    }

    /** Quality concerns about a provider are for its commissioners and the organisation that raised them. */
    private static boolean aboutTheProviderNotForIt(StreamEvent event) {
        return String.valueOf(event.type()).startsWith("summit.QualityConcern");
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

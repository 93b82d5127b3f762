package uk.nhs.patientsafety.assurance.events;

import java.util.List;
import org.axonframework.serialization.Revision;

/** Themes (DOMAIN §13 G4): a special cause in a provider's monthly trend of one measure. */
public final class ThemeEvents {

    private ThemeEvents() {}

    public sealed interface ThemeEvent {
        String themeId();
    }

    /** {@code month} as {@code YYYY-MM}; {@code signals} the rising special-cause rules its point meets. */
    @Revision("1")
    public record ThemeIdentified(
            String themeId, String providerOds, String measure, String month, List<String> signals)
            implements ThemeEvent {}
}

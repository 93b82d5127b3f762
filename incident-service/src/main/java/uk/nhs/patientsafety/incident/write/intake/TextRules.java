package uk.nhs.patientsafety.incident.write.intake;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What free text may contain: ordinary writing in any language, but no markup (it may reach a dashboard) and no
 * invisible or direction-changing characters (they can make a record read differently from what it stores).
 */
public final class TextRules {

    private static final Pattern MARKUP =
            Pattern.compile("<\\s*/?\\s*[A-Za-z!?][^>]*>|javascript:", Pattern.CASE_INSENSITIVE);

    private TextRules() {}

    /** Why {@code text} is not acceptable, or empty if it is. */
    public static Optional<String> problem(String text, int maxLength) {
        if (text.codePointCount(0, text.length()) > maxLength) {
            return Optional.of("must be at most " + maxLength + " characters");
        }
        if (text.isBlank()) {
            return Optional.of("must not be blank");
        }
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (Character.isSurrogate(text.charAt(i)) && !Character.isSupplementaryCodePoint(c)) {
                return Optional.of("contains a broken character (unpaired surrogate)");
            }
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                return Optional.of("contains a control character");
            }
            if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F) {
                return Optional.of("contains a text-direction control character");
            }
            if ((c >= 0x200B && c <= 0x200D) || c == 0xFEFF || c == 0x2060) {
                return Optional.of("contains an invisible (zero-width) character");
            }
            if ((c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE) {
                return Optional.of("contains a Unicode non-character");
            }
            i += Character.charCount(c);
        }
        if (MARKUP.matcher(text).find()) {
            return Optional.of("must be plain text, without markup such as HTML tags");
        }
        return Optional.empty();
    }
}

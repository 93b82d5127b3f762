package uk.nhs.patientsafety.reference.text;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Safety checks for free text from provider systems. Text is stored and shown to people in other organisations, so it
 * must be plain text that renders as it reads: no markup, no invisible characters that reorder or hide what is
 * displayed, nothing that is not a well-formed character. Ordinary accented and Welsh letters and emoji are fine.
 */
public final class FreeText {

    private static final Pattern TAG = Pattern.compile("<\\s*(?:[/!?]|[A-Za-z])[^<>]*>");
    private static final Pattern DANGEROUS_TAG_START = Pattern.compile(
            "<\\s*/?\\s*(?:script|iframe|object|embed|svg|img|style|link|meta)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SCRIPT_URL = Pattern.compile("javascript\\s*:", Pattern.CASE_INSENSITIVE);
    private static final int ZERO_WIDTH_JOINER = 0x200D;

    private FreeText() {}

    /** As {@link #problem(String)}, and also refused when blank or longer than {@code maxLength} characters. */
    public static Optional<String> problem(String text, int maxLength) {
        if (text.isBlank()) {
            return Optional.of("must not be blank");
        }
        if (length(text) > maxLength) {
            return Optional.of("must be at most " + maxLength + " characters");
        }
        return problem(text);
    }

    /** Why the text is refused, worded for the provider's developer without repeating the text; empty if fine. */
    public static Optional<String> problem(String text) {
        if (TAG.matcher(text).find()
                || DANGEROUS_TAG_START.matcher(text).find()
                || SCRIPT_URL.matcher(text).find()) {
            return Optional.of("must be plain text: HTML or XML tags and 'javascript:' are not accepted");
        }
        int position = 0;
        int previous = -1;
        for (int i = 0; i < text.length(); ) {
            char unit = text.charAt(i);
            position++;
            if (Character.isLowSurrogate(unit)
                    || (Character.isHighSurrogate(unit)
                            && (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))))) {
                return Optional.of("must be well-formed Unicode: unpaired surrogate at character " + position);
            }
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            int next = i < text.length() ? text.codePointAt(i) : -1;
            String found = " (found " + String.format("U+%04X", cp) + " at character " + position + ")";
            if (Character.getType(cp) == Character.CONTROL && cp != '\n' && cp != '\r' && cp != '\t') {
                return Optional.of(
                        "must not contain control characters other than line feed, carriage return and tab" + found);
            }
            if ((cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069)) {
                return Optional.of("must not contain bidirectional override or isolate characters" + found);
            }
            // A zero-width joiner inside an emoji sequence (e.g. a family emoji) draws one picture; elsewhere it hides.
            boolean joinsEmoji = cp == ZERO_WIDTH_JOINER && isEmojiPart(previous) && isEmojiPart(next);
            if (((cp >= 0x200B && cp <= 0x200D) || cp == 0xFEFF) && !joinsEmoji) {
                return Optional.of("must not contain zero-width characters" + found);
            }
            if ((cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE) {
                return Optional.of("must not contain Unicode non-characters" + found);
            }
            previous = cp;
        }
        return Optional.empty();
    }

    /** Length in characters as a person counts them (code points), so an emoji counts once. */
    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    private static boolean isEmojiPart(int cp) {
        return cp >= 0
                && (Character.getType(cp) == Character.OTHER_SYMBOL
                        || cp == 0xFE0F // emoji presentation selector
                        || (cp >= 0x1F3FB && cp <= 0x1F3FF)); // skin tone modifiers
    }
}

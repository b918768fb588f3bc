package org.tejido.messaging;

/**
 * How a text travels as SMS: in the GSM 7-bit alphabet (160 characters, or 153 per part
 * when split) or, as soon as one character is outside it, in UCS-2 (70, or 67 per part).
 *
 * @param encoding {@code GSM-7} or {@code UCS-2}
 * @param units septets (GSM-7, extension characters count twice) or UTF-16 code units
 * @param parts how many SMS it takes
 */
public record SmsParts(String encoding, int units, int parts) {
}

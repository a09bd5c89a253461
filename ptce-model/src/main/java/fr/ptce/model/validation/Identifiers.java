package fr.ptce.model.validation;

/**
 * Check digits of French company identifiers (SIREN, SIRET): the Luhn algorithm, with La Poste's exception.
 */
public final class Identifiers {
    /** La Poste's SIREN: its establishments' SIRETs do not follow the Luhn rule. */
    public static final String LA_POSTE_SIREN = "356000000";
    /** La Poste's head-office SIRET, which does follow the Luhn rule. */
    public static final String LA_POSTE_HEAD_OFFICE_SIRET = "35600000000048";

    private Identifiers() {
    }

    /** True for 9 digits passing the Luhn check. */
    public static boolean isValidSiren(String value) {
        return value != null && value.length() == 9 && allDigits(value) && luhn(value);
    }

    /**
     * True for 14 digits passing the Luhn check, or, for a La Poste establishment (SIREN 356000000) other
     * than its head office, whose digits add up to a multiple of 5 (INSEE's rule for La Poste).
     */
    public static boolean isValidSiret(String value) {
        if (value == null || value.length() != 14 || !allDigits(value)) {
            return false;
        }
        if (value.startsWith(LA_POSTE_SIREN) && !value.equals(LA_POSTE_HEAD_OFFICE_SIRET)) {
            int sum = 0;
            for (int i = 0; i < value.length(); i++) {
                sum += value.charAt(i) - '0';
            }
            return sum % 5 == 0;
        }
        return luhn(value);
    }

    /**
     * {@code digits} followed by the Luhn check digit that makes the whole valid (e.g. 8 digits to a SIREN, 13 to a
     * SIRET outside La Poste): for test data and tools.
     *
     * @throws IllegalArgumentException when {@code digits} is empty or not all digits
     */
    public static String withLuhnCheckDigit(String digits) {
        if (digits == null || digits.isEmpty() || !allDigits(digits)) {
            throw new IllegalArgumentException("digits expected, got " + digits);
        }
        for (char d = '0'; d <= '9'; d++) {
            if (luhn(digits + d)) {
                return digits + d;
            }
        }
        throw new IllegalStateException("no Luhn check digit for " + digits);
    }

    private static boolean allDigits(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean luhn(String digits) {
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubled) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }
}

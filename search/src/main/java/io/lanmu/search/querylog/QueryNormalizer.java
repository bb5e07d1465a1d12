package io.lanmu.search.querylog;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns what a visitor typed into the form the query log keeps: full-width letters and digits folded
 * (ＰＤＦ becomes pdf), spaces collapsed, and anything that looks like personal data — a phone or ID
 * number, an e-mail address — replaced by a placeholder, so the log never holds personal data.
 */
final class QueryNormalizer {

    static final int MAX_LENGTH = 100;
    // Mobile numbers have 11 digits and ID numbers 18; hotlines like 12366 are short and stay.
    private static final Pattern LONG_NUMBER = Pattern.compile("[0-9][0-9 -]{9,}[0-9xX]");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private QueryNormalizer() {
    }

    static String normalize(String query) {
        if (query == null) {
            return "";
        }
        String folded = Normalizer.normalize(query, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        folded = folded.codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        folded = EMAIL.matcher(folded).replaceAll("[email]");
        folded = LONG_NUMBER.matcher(folded).replaceAll("[number]");
        folded = SPACES.matcher(folded).replaceAll(" ").strip();
        return folded.length() > MAX_LENGTH ? folded.substring(0, MAX_LENGTH) : folded;
    }
}

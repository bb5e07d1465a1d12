package io.lanmu.search.query;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Folds what a visitor typed into the form documents are written in: compatibility forms (full-width ＰＤＦ, ３０)
 * to plain ones by NFKC, traditional characters to simplified (稅 to 税, 個人 to 个人), and case. Characters only,
 * one for one, never words: a site in simplified Chinese is what it is searched against.
 *
 * <p>The traditional-to-simplified table is OpenCC's {@code TSCharacters.txt} (Apache-2.0, shipped beside it with
 * its licence), first candidate of each character.
 */
public final class TextNormalizer {

    private static final String TABLE = "/search/opencc-ts-characters.txt";
    private static final Map<Integer, Integer> SIMPLIFIED = readTable();

    private TextNormalizer() {
    }

    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder simplified = new StringBuilder(folded.length());
        folded.codePoints().map(c -> SIMPLIFIED.getOrDefault(c, c)).forEach(simplified::appendCodePoint);
        return simplified.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * Whether normalising changes more than case and punctuation: the visitor typed letters or digits in forms the
     * documents do not use.
     */
    public static boolean changes(String text) {
        return text != null && !lettersAndDigits(normalize(text)).equals(lettersAndDigits(text.toLowerCase(Locale.ROOT)));
    }

    private static String lettersAndDigits(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(Character::isLetterOrDigit).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static Map<Integer, Integer> readTable() {
        Map<Integer, Integer> table = new HashMap<>(8192);
        try (InputStream in = TextNormalizer.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException(TABLE + " is missing from the classpath");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                int tab = line.indexOf('\t');
                if (line.startsWith("#") || tab < 0 || line.codePointCount(0, tab) != 1) {
                    continue;
                }
                String value = line.substring(tab + 1).split("[ \t]")[0];
                if (value.codePointCount(0, value.length()) == 1) {
                    table.put(line.codePointAt(0), value.codePointAt(0));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(table);
    }
}

package io.lanmu.search.query;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The synonyms and words of one moment, immutable: looked up in what a visitor typed, longest first. Each form of an
 * entry finds every other form of it, so 个税 finds 个人所得税 and 个人所得税 finds 个税.
 *
 * <p>The shipped entries ({@code /search/synonyms.tsv}: term, alternatives separated by {@code |}, source) are
 * public-service and tax terms; admins add more, kept in the database.
 */
public final class SynonymDictionary {

    private static final String SHIPPED = "/search/synonyms.tsv";
    private static final List<Synonym> SHIPPED_ENTRIES = readShipped();

    private final List<Synonym> entries;
    /** Each form, mapped to every form of the entries holding it, itself first. */
    private final Map<String, List<String>> forms;
    private final int longest;

    private SynonymDictionary(List<Synonym> entries) {
        this.entries = List.copyOf(entries);
        Map<String, Set<String>> merged = new HashMap<>();
        for (Synonym entry : entries) {
            for (String form : entry.forms()) {
                merged.computeIfAbsent(form, itself -> new LinkedHashSet<>(List.of(itself))).addAll(entry.forms());
            }
        }
        Map<String, List<String>> lists = new HashMap<>();
        merged.forEach((form, all) -> lists.put(form, List.copyOf(all)));
        this.forms = Map.copyOf(lists);
        this.longest = forms.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    public static SynonymDictionary of(Collection<Synonym> entries) {
        return new SynonymDictionary(List.copyOf(entries));
    }

    /** The shipped entries and then {@code added}. */
    public static SynonymDictionary shippedWith(Collection<Synonym> added) {
        List<Synonym> all = new ArrayList<>(SHIPPED_ENTRIES);
        all.addAll(added);
        return new SynonymDictionary(all);
    }

    public static SynonymDictionary shipped() {
        return shippedWith(List.of());
    }

    public static List<Synonym> shippedEntries() {
        return SHIPPED_ENTRIES;
    }

    public List<Synonym> entries() {
        return entries;
    }

    /** Every form of the longest entry starting at {@code from} in {@code text} (that form first), or none. */
    List<String> longestAt(String text, int from) {
        for (int length = Math.min(longest, text.length() - from); length >= 2; length--) {
            List<String> found = forms.get(text.substring(from, from + length));
            if (found != null) {
                return found;
            }
        }
        return List.of();
    }

    /** Every form of {@code form}'s entries, itself first; just itself when the dictionary does not know it. */
    public List<String> formsOf(String form) {
        return forms.getOrDefault(form, List.of(form));
    }

    private static List<Synonym> readShipped() {
        List<Synonym> entries = new ArrayList<>();
        try (InputStream in = SynonymDictionary.class.getResourceAsStream(SHIPPED)) {
            if (in == null) {
                throw new IllegalStateException(SHIPPED + " is missing from the classpath");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                if (columns.length != 3) {
                    throw new IllegalStateException(SHIPPED + ": expected term, alternatives and source in " + line);
                }
                entries.add(new Synonym(columns[0], Arrays.asList(columns[1].split("\\|")), columns[2]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(entries);
    }
}

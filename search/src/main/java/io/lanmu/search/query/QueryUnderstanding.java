package io.lanmu.search.query;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import io.lanmu.search.Rescue;

/**
 * Turns what a visitor typed into word groups, once for both engines: the text is normalised ({@link TextNormalizer}),
 * the dictionary's terms are found in it, longest first, and kept together with their alternatives (so 开发票 is not
 * cut into 开发 + 票, and 个税 also finds 个人所得税); the rest is cut into words by {@link ChineseAnalyzer}, question
 * words becoming optional. Thread-safe; the dictionary is read afresh for every query, so a changed one applies to
 * the next.
 */
public final class QueryUnderstanding {

    /** Alternatives per group beyond the typed form: each costs a clause per field. */
    static final int MAX_ALTERNATIVES = 4;
    private static final int REMEMBERED_FORMS = 4_096;

    private final ChineseAnalyzer analyzer = new ChineseAnalyzer();
    private final Supplier<SynonymDictionary> dictionary;
    /** The words of dictionary forms, which recur in query after query. */
    private final ConcurrentHashMap<String, Words> formWords = new ConcurrentHashMap<>();

    public QueryUnderstanding(Supplier<SynonymDictionary> dictionary) {
        this.dictionary = dictionary;
    }

    /** With the shipped dictionary only. */
    public static QueryUnderstanding shipped() {
        SynonymDictionary shipped = SynonymDictionary.shipped();
        return new QueryUnderstanding(() -> shipped);
    }

    public SynonymDictionary dictionary() {
        return dictionary.get();
    }

    /** The words of {@code text}, normalised, as the index holds them; for suggestions and phrase bonuses. */
    public Words words(String text) {
        return Words.of(TextNormalizer.normalize(text), analyzer);
    }

    public Understood understand(String text) {
        if (text == null || text.isBlank()) {
            return Understood.NOTHING;
        }
        String normalized = TextNormalizer.normalize(text).strip();
        Set<Rescue> rescues = EnumSet.noneOf(Rescue.class);
        if (TextNormalizer.changes(text.strip())) {
            rescues.add(Rescue.NORMALISED);
        }
        SynonymDictionary known = dictionary.get();
        List<Understood.Group> groups = new ArrayList<>();
        int freeFrom = 0;
        for (int at = 0; at < normalized.length() && groups.size() < Words.MAX_WORDS; ) {
            List<String> forms = known.longestAt(normalized, at);
            if (forms.isEmpty()) {
                at++;
                continue;
            }
            addFreeText(normalized.substring(freeFrom, at), groups);
            Understood.Group group = dictionaryGroup(forms);
            if (group != null && groups.size() < Words.MAX_WORDS) {
                groups.add(group);
                if (group.alternatives().size() > 1) {
                    rescues.add(Rescue.SYNONYM);
                }
            }
            at += forms.getFirst().length();
            freeFrom = at;
        }
        addFreeText(normalized.substring(Math.min(freeFrom, normalized.length())), groups);
        if (groups.stream().noneMatch(Understood.Group::required)) {
            // A question of question words only: they are all there is to look for.
            groups = groups.stream().map(group -> new Understood.Group(group.alternatives(), true)).toList();
        } else if (groups.stream().anyMatch(group -> !group.required())) {
            rescues.add(Rescue.QUESTION_WORDS);
        }
        return new Understood(normalized, groups, Words.of(normalized, analyzer), rescues);
    }

    private void addFreeText(String text, List<Understood.Group> groups) {
        for (Words.Word word : Words.of(text, analyzer).all()) {
            if (groups.size() == Words.MAX_WORDS) {
                return;
            }
            Words single = new Words(List.of(word), word.text());
            groups.add(new Understood.Group(List.of(single), !QuestionWords.isQuestionWord(word.text())));
        }
    }

    private Understood.Group dictionaryGroup(List<String> forms) {
        List<Words> alternatives = new ArrayList<>();
        for (String form : forms.subList(0, Math.min(forms.size(), MAX_ALTERNATIVES + 1))) {
            Words words = wordsOfForm(form);
            if (!words.isEmpty()) {
                alternatives.add(words);
            }
        }
        return alternatives.isEmpty() ? null : new Understood.Group(alternatives, true);
    }

    private Words wordsOfForm(String form) {
        Words known = formWords.get(form);
        if (known != null) {
            return known;
        }
        Words words = Words.of(form, analyzer);
        if (formWords.size() < REMEMBERED_FORMS) {
            formWords.put(form, words);
        }
        return words;
    }
}

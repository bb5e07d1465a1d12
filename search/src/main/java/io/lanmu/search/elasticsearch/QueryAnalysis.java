package io.lanmu.search.elasticsearch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.indices.AnalyzeResponse;
import co.elastic.clients.elasticsearch.indices.analyze.AnalyzeToken;
import org.springframework.data.elasticsearch.client.elc.ElasticsearchTemplate;

/**
 * Cuts what a user typed into words with the index's own analyzer ({@code _analyze} on the alias), so that queries
 * are built from exactly the terms the documents were indexed with, whatever smartcn version the cluster runs.
 * Knowing the words lets the engine treat each one on its own: required counts, short forms, unfinished last words.
 *
 * <p>The words of recent texts are remembered: people search for the same few things over and over, and a
 * suggestion box asks again at every keystroke, so most searches are spared the extra round trip. The analyzer never
 * changes while the application runs, so nothing remembered goes stale. Thread-safe.
 */
final class QueryAnalysis {

    /** The analyzer of {@code elasticsearch/settings.json} that every full-text field uses. */
    static final String ANALYZER = "lanmu_chinese";
    /**
     * Far more characters than {@link Words#MAX_WORDS} words take, and far fewer than a pasted page: the cluster
     * refuses to analyse text into more than 10,000 tokens, and smartcn is slow on long text.
     */
    private static final int MAX_CHARS = 256;
    /** At most a few megabytes: texts are at most {@link #MAX_CHARS} long. */
    private static final int REMEMBERED_TEXTS = 4_096;

    private final ElasticsearchTemplate template;
    private final String alias;
    private final Map<String, Words> remembered = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Words> eldest) {
            return size() > REMEMBERED_TEXTS;
        }
    };

    QueryAnalysis(ElasticsearchTemplate template, String alias) {
        this.template = template;
        this.alias = alias;
    }

    Words words(String text) {
        if (text == null || text.isBlank()) {
            return new Words(List.of(), "");
        }
        String cut = cut(text);
        synchronized (remembered) {
            Words known = remembered.get(cut);
            if (known != null) {
                return known;
            }
        }
        Words words = analyse(cut);
        synchronized (remembered) {
            remembered.put(cut, words);
        }
        return words;
    }

    private static String cut(String text) {
        if (text.length() <= MAX_CHARS) {
            return text;
        }
        // Never between the two halves of a character outside the basic plane, such as an emoji.
        return text.substring(0, Character.isHighSurrogate(text.charAt(MAX_CHARS - 1)) ? MAX_CHARS - 1 : MAX_CHARS);
    }

    private Words analyse(String cut) {
        AnalyzeResponse response = template.execute(client -> client.indices()
                .analyze(analyze -> analyze.index(alias).analyzer(ANALYZER).text(cut)));
        List<Words.Word> words = new ArrayList<>();
        for (AnalyzeToken token : response.tokens()) {
            if (words.size() == Words.MAX_WORDS) {
                break;
            }
            words.add(new Words.Word(token.token(), (int) token.startOffset(), (int) token.endOffset()));
        }
        return new Words(words, words.isEmpty() ? "" : cut.substring(0, words.getLast().end()));
    }
}

package io.lanmu.search.elasticsearch;

import java.util.ArrayList;
import java.util.List;

import co.elastic.clients.elasticsearch.indices.AnalyzeResponse;
import co.elastic.clients.elasticsearch.indices.analyze.AnalyzeToken;
import org.springframework.data.elasticsearch.client.elc.ElasticsearchTemplate;

/**
 * Cuts what a user typed into words with the index's own analyzer ({@code _analyze} on the alias), so that queries
 * are built from exactly the terms the documents were indexed with, whatever smartcn version the cluster runs.
 * Knowing the words lets the engine treat each one on its own: required counts, short forms, unfinished last words.
 */
final class QueryAnalysis {

    /** The analyzer of {@code elasticsearch/settings.json} that every full-text field uses. */
    static final String ANALYZER = "lanmu_chinese";
    /**
     * Far more characters than {@link Words#MAX_WORDS} words take, and far fewer than a pasted page: the cluster
     * refuses to analyse text into more than 10,000 tokens, and smartcn is slow on long text.
     */
    private static final int MAX_CHARS = 256;

    private final ElasticsearchTemplate template;
    private final String alias;

    QueryAnalysis(ElasticsearchTemplate template, String alias) {
        this.template = template;
        this.alias = alias;
    }

    Words words(String text) {
        if (text == null || text.isBlank()) {
            return new Words(List.of(), "");
        }
        String cut = text.length() <= MAX_CHARS ? text : text.substring(0, text.offsetByCodePoints(0,
                text.codePointCount(0, MAX_CHARS)));
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

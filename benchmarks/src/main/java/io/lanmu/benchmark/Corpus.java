package io.lanmu.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The material generated items are made of: the sentences, headings, titles and tags of the sample site's 179 real
 * items ({@code /samples/site.json} in content-samples), and the words smartcn finds in them, which queries draw from.
 */
record Corpus(List<String> sentences, List<String> headings, List<String> titles, List<String> tags,
        List<String> words, List<String> titleWords) {

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[。！？；])");
    private static final Pattern CHINESE_WORD = Pattern.compile("\\p{IsHan}{2,}");
    private static final int MIN_SENTENCE = 10;

    /** Reads the sample site; the same every time, so generated items are the same for the same seed. */
    static Corpus load() {
        try (InputStream in = Corpus.class.getResourceAsStream("/samples/site.json")) {
            if (in == null) {
                throw new IllegalStateException("/samples/site.json is missing: content-samples must be on the class path");
            }
            return of(JsonMapper.builder().build().readTree(in).get("items"));
        } catch (IOException e) {
            throw new UncheckedIOException("The sample site cannot be read", e);
        }
    }

    private static Corpus of(JsonNode items) {
        Set<String> sentences = new LinkedHashSet<>();
        Set<String> headings = new LinkedHashSet<>();
        List<String> titles = new ArrayList<>();
        Set<String> tags = new LinkedHashSet<>();
        StringBuilder allText = new StringBuilder();
        for (JsonNode item : items) {
            titles.add(item.get("title").asString());
            item.path("tags").forEach(tag -> tags.add(tag.asString()));
            for (Element element : Jsoup.parse(item.get("body").asString()).select("p, li, h3")) {
                String text = element.text().strip();
                allText.append(text).append('\n');
                if (element.is("h3")) {
                    headings.add(text);
                    continue;
                }
                for (String sentence : SENTENCE_END.split(text)) {
                    if (sentence.strip().length() >= MIN_SENTENCE) {
                        sentences.add(sentence.strip());
                    }
                }
            }
        }
        List<String> words = chineseWords(allText.toString(), 2);
        List<String> titleWords = chineseWords(String.join("\n", titles), 1);
        return new Corpus(List.copyOf(sentences), List.copyOf(headings), List.copyOf(titles), List.copyOf(tags), words,
                titleWords);
    }

    /** Words of two or more Chinese characters occurring at least {@code minCount} times, most frequent first. */
    static List<String> chineseWords(String text, int minCount) {
        Map<String, Integer> counts = new HashMap<>();
        try (Analyzer analyzer = new SmartChineseAnalyzer();
                TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String word = term.toString();
                if (CHINESE_WORD.matcher(word).matches()) {
                    counts.merge(word, 1, Integer::sum);
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("Analysing a string in memory cannot fail", e);
        }
        return counts.entrySet().stream().filter(entry -> entry.getValue() >= minCount)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
    }
}

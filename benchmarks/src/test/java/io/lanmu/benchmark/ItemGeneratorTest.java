package io.lanmu.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.LongStream;

import io.lanmu.item.HtmlSanitizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ItemGeneratorTest {

    private static Corpus corpus;
    private static final SiteColumns columns = new SiteColumns();

    @BeforeAll
    static void readCorpus() {
        corpus = Corpus.load();
    }

    @Test
    void makesTheSameItemForTheSameSeedAndId() {
        assertThat(new ItemGenerator(corpus, columns, 7).item(42)).isEqualTo(new ItemGenerator(corpus, columns, 7).item(42));
        assertThat(new ItemGenerator(corpus, columns, 7).item(42)).isNotEqualTo(new ItemGenerator(corpus, columns, 8).item(42));
    }

    @Test
    void writesBodiesOfAboutFifteenHundredCharactersWithAttachmentsOnOneItemInTen() {
        ItemGenerator generator = new ItemGenerator(corpus, columns, 2026);
        HtmlSanitizer html = new HtmlSanitizer();
        List<GeneratedItem> items = LongStream.rangeClosed(1, 2_000).mapToObj(generator::item).toList();

        double meanBody = items.stream().mapToInt(item -> html.textOf(item.latest().bodyHtml()).length()).average()
                .orElseThrow();
        long withAttachment = items.stream().filter(item -> item.attachment() != null).count();
        double meanAttachment = items.stream().filter(item -> item.attachment() != null)
                .mapToInt(item -> item.attachment().text().length()).average().orElseThrow();
        long live = items.stream().filter(item -> item.live() != null).count();

        assertThat(meanBody).isBetween(1_400.0, 1_700.0);
        assertThat(withAttachment).isBetween(150L, 250L);
        assertThat(meanAttachment).isBetween(1_900.0, 2_200.0);
        assertThat(live).isBetween(1_600L, 1_800L);
        assertThat(items).extracting(GeneratedItem::publishedAt).filteredOn(date -> date != null)
                .allMatch(date -> !date.isBefore(ItemGenerator.FIRST_DAY)
                        && date.isBefore(ItemGenerator.FIRST_DAY.plus(ItemGenerator.SPAN)));
    }

    @Test
    void buildsFiftyOddColumnsWithAHiddenSubtree() {
        assertThat(columns.all()).hasSize(52);
        assertThat(columns.all()).filteredOn(column -> !column.visible()).extracting(SiteColumns.SiteColumn::slug)
                .containsExactly("nbcs", "csyl");
        assertThat(columns.pathOf(columns.all().stream().filter(column -> column.slug().equals("bjq")).findFirst()
                .orElseThrow().id())).containsExactly(1L, 2L, 3L, 4L);
    }

    @Test
    void drawsQueryWordsAndSuggestionPrefixesFromTheCorpus() {
        QueryMix mix = new QueryMix(corpus, columns);

        assertThat(corpus.words()).hasSizeGreaterThan(QueryMix.FREQUENT_WORDS);
        assertThat(mix.searches(500, 1)).extracting(QueryMix.Search::words).contains("1 word", "2 words", "3 words",
                "Latin/number");
        assertThat(mix.prefixes(200, 1)).allMatch(prefix -> prefix.length() >= 1 && prefix.length() <= 4);
        assertThat(mix.searches(50, 3)).isEqualTo(mix.searches(50, 3));
    }
}

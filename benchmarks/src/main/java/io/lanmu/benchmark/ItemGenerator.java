package io.lanmu.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import io.lanmu.deadline.InformationCategory;
import io.lanmu.item.ItemStatus;
import io.lanmu.shared.SiteProperties;

/**
 * Makes items from the sample corpus: bodies of about 1,500 characters recombined from real sentences, titles from
 * real titles and title words, dates over three years, one attachment (about 2,000 characters of text) on one item in
 * ten. Each item depends only on the seed and its id, so any item can be made again, in any order, on any thread.
 */
final class ItemGenerator {

    static final Instant FIRST_DAY = Instant.parse("2023-10-01T00:00:00Z");
    static final Duration SPAN = Duration.ofDays(3 * 365);
    private static final ZoneId SITE_ZONE = SiteProperties.defaultTimeZone();
    private static final InformationCategory[] CATEGORIES = InformationCategory.values();
    // Shares of categories, in the order of InformationCategory: general, important, dynamic, static.
    private static final int[] CATEGORY_PERCENT = {52, 15, 22, 11};
    private static final String[] KINDS = {"通知", "公告", "通报", "实施方案", "政策解读", "工作要点", "答复"};
    private static final String[] OFFICES = {"青川市税务局", "滨江区税务局", "青川县税务局", "东城区税务局", "第一税务分局"};
    private static final String[][] FILE_TYPES = {{".pdf", "application/pdf"}, {".pdf", "application/pdf"},
        {".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
        {".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}, {".ofd", "application/ofd"}};

    private final Corpus corpus;
    private final SiteColumns columns;
    private final long seed;

    ItemGenerator(Corpus corpus, SiteColumns columns, long seed) {
        this.corpus = corpus;
        this.columns = columns;
        this.seed = seed;
    }

    /** Item {@code id} (from 1); attachment ids equal their item's id. */
    GeneratedItem item(long id) {
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + id);
        long columnId = columns.drawForItem(random);
        InformationCategory category = category(random.nextInt(100));
        Instant date = FIRST_DAY.plusSeconds(random.nextLong(SPAN.toSeconds()));
        Instant receivedAt = date.minus(Duration.ofMinutes(30 + random.nextInt(20 * 60)));
        GeneratedItem.Attachment attachment = random.nextInt(10) == 0 ? attachment(id, random) : null;
        GeneratedItem.Content first = content(random, date);
        int fate = random.nextInt(100);
        if (fate < 80) {
            return new GeneratedItem(id, columnId, category, ItemStatus.PUBLISHED, receivedAt, date, date,
                    List.of(first), 1, attachment);
        }
        if (fate < 85) {
            // Published, then edited: the edit waits as a draft while the first revision stays online.
            GeneratedItem.Content edit = new GeneratedItem.Content(first.title(), first.summary(),
                    first.bodyHtml() + "<p>" + sentence(random) + "</p>", first.tags());
            return new GeneratedItem(id, columnId, category, ItemStatus.DRAFT, receivedAt, date,
                    date.plus(Duration.ofHours(1 + random.nextInt(200))), List.of(first, edit), 1, attachment);
        }
        ItemStatus status = fate < 92 ? ItemStatus.DRAFT : fate < 96 ? ItemStatus.IN_REVIEW
                : fate < 98 ? ItemStatus.SCHEDULED : ItemStatus.UNPUBLISHED;
        return new GeneratedItem(id, columnId, category, status, receivedAt, null, date, List.of(first), null,
                attachment);
    }

    private static InformationCategory category(int percent) {
        int bound = 0;
        for (int i = 0; i < CATEGORIES.length; i++) {
            bound += CATEGORY_PERCENT[i];
            if (percent < bound) {
                return CATEGORIES[i];
            }
        }
        return CATEGORIES[CATEGORIES.length - 1];
    }

    private GeneratedItem.Content content(SplittableRandom random, Instant date) {
        String title = title(random, date.atZone(SITE_ZONE).getYear());
        StringBuilder html = new StringBuilder();
        String summary = null;
        int target = 1_300 + random.nextInt(401);
        for (int length = 0, paragraph = 0; length < target; paragraph++) {
            if (paragraph > 0 && random.nextInt(4) == 0) {
                String heading = pick(corpus.headings(), random);
                html.append("<h3>").append(heading).append("</h3>");
                length += heading.length();
            }
            html.append("<p>");
            for (int i = 2 + random.nextInt(3); i > 0; i--) {
                String sentence = sentence(random);
                summary = summary == null ? sentence : summary;
                html.append(sentence);
                length += sentence.length();
            }
            html.append("</p>");
        }
        List<String> tags = random.nextInt(3) == 0 ? List.of()
                : List.of(pick(corpus.tags(), random), pick(corpus.tags(), random)).stream().distinct().toList();
        return new GeneratedItem.Content(title, summary.length() > 150 ? summary.substring(0, 150) : summary,
                html.toString(), tags);
    }

    /** A real title of the sample site set in the item's year, or one built from title words. */
    private String title(SplittableRandom random, int year) {
        if (random.nextInt(100) < 55) {
            return pick(corpus.titles(), random).replaceAll("20\\d\\d", String.valueOf(year));
        }
        String topic = pick(corpus.titleWords(), random) + pick(corpus.titleWords(), random);
        return switch (random.nextInt(3)) {
            case 0 -> pick(OFFICES, random) + "关于" + topic + "的" + pick(KINDS, random);
            case 1 -> pick(OFFICES, random) + "开展" + year + "年" + topic + "工作";
            default -> year + "年" + topic + pick(KINDS, random);
        };
    }

    private GeneratedItem.Attachment attachment(long id, SplittableRandom random) {
        StringBuilder text = new StringBuilder();
        int target = 1_800 + random.nextInt(401);
        while (text.length() < target) {
            text.append(sentence(random)).append(random.nextInt(5) == 0 ? "\n" : "");
        }
        String[] type = FILE_TYPES[random.nextInt(FILE_TYPES.length)];
        String name = pick(corpus.titles(), random);
        return new GeneratedItem.Attachment(id, (name.length() > 40 ? name.substring(0, 40) : name) + type[0], type[1],
                50_000 + random.nextInt(3_000_000), text.toString());
    }

    private String sentence(SplittableRandom random) {
        return pick(corpus.sentences(), random);
    }

    private static String pick(List<String> from, SplittableRandom random) {
        return from.get(random.nextInt(from.size()));
    }

    private static String pick(String[] from, SplittableRandom random) {
        return from[random.nextInt(from.length)];
    }

    /** The item ids 1..n in batches, for loaders and indexers. */
    static List<long[]> batches(int n, int size) {
        List<long[]> batches = new ArrayList<>();
        for (int first = 1; first <= n; first += size) {
            int last = Math.min(n, first + size - 1);
            long[] ids = new long[last - first + 1];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = first + i;
            }
            batches.add(ids);
        }
        return batches;
    }
}

package io.lanmu.item;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Compares two revisions field by field, and the bodies line by line.
 */
class RevisionDiffer {

    private static final List<Field> FIELDS = List.of(
            new Field("title", ItemContent::title), new Field("summary", ItemContent::summary),
            new Field("author", ItemContent::author), new Field("source", ItemContent::source),
            new Field("tags", ItemContent::tags), new Field("documentNumber", ItemContent::documentNumber),
            new Field("issuingBody", ItemContent::issuingBody), new Field("issuedOn", ItemContent::issuedOn),
            new Field("indexNumber", ItemContent::indexNumber),
            new Field("attachmentIds", ItemContent::attachmentIds));

    RevisionComparison compare(Revision from, Revision to) {
        List<RevisionComparison.FieldChange> changes = new ArrayList<>();
        for (Field field : FIELDS) {
            Object before = field.value().apply(from.getContent());
            Object after = field.value().apply(to.getContent());
            if (!Objects.equals(before, after)) {
                changes.add(new RevisionComparison.FieldChange(field.name(), before, after));
            }
        }
        List<String> bodyDiff = List.of();
        if (!Objects.equals(from.getContent().body(), to.getContent().body())) {
            changes.add(new RevisionComparison.FieldChange("body", null, null));
            List<String> before = lines(from.getContent().body());
            List<String> after = lines(to.getContent().body());
            Patch<String> patch = DiffUtils.diff(before, after);
            bodyDiff = UnifiedDiffUtils.generateUnifiedDiff("revision " + from.getNumber(),
                    "revision " + to.getNumber(), before, patch, 2);
        }
        return new RevisionComparison(from.getItemId(), from.getNumber(), to.getNumber(), changes, bodyDiff);
    }

    /** One line per block of the HTML, so a diff points at paragraphs rather than at one long line. */
    private static List<String> lines(String html) {
        Document document = Jsoup.parseBodyFragment(html == null ? "" : html);
        document.outputSettings().prettyPrint(true).indentAmount(0).outline(true);
        return Arrays.stream(document.body().html().split("\n")).map(String::strip).filter(line -> !line.isEmpty())
                .toList();
    }

    private record Field(String name, Function<ItemContent, Object> value) {
    }
}

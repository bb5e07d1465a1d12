package io.lanmu.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import io.lanmu.search.Rescue;
import org.junit.jupiter.api.Test;

/** What a visitor typed, as the word groups both engines search for. */
class QueryUnderstandingUnitTest {

    private final QueryUnderstanding understanding = QueryUnderstanding.shipped();

    @Test
    void foldsTraditionalFullWidthAndUpperCaseIntoTheDocumentsForms() {
        assertThat(TextNormalizer.normalize("個人所得稅ＡＰＰ　１２３６６")).isEqualTo("个人所得税app 12366");
        assertThat(TextNormalizer.changes("個稅")).isTrue();
        assertThat(TextNormalizer.changes("ＰＤＦ")).isTrue();
        assertThat(TextNormalizer.changes("个税，PDF？")).isFalse();
    }

    @Test
    void keepsADictionaryTermTogetherWithItsOtherForms() {
        Understood understood = understanding.understand("怎么开发票");

        assertThat(understood.required()).hasSize(1);
        assertThat(understood.required().getFirst().forms()).containsExactly("开发票", "开具发票", "开票");
        assertThat(understood.rescues()).containsExactlyInAnyOrder(Rescue.SYNONYM, Rescue.QUESTION_WORDS);
    }

    @Test
    void findsTheLongestTermFirstAndEveryFormFindsTheOthers() {
        assertThat(understanding.understand("代开发票").required().getFirst().forms().findFirst()).contains("代开发票");
        assertThat(understanding.understand("个人所得税").required().getFirst().forms().toList()).contains("个税");
    }

    @Test
    void searchesACustomWordAsWrittenAndDropsQuestionWords() {
        Understood understood = understanding.understand("银税互动在哪里办理");

        assertThat(understood.required()).extracting(group -> group.forms().toList())
                .containsExactly(List.of("银税互动"), List.of("办理"));
        assertThat(understood.groups()).hasSize(4);
    }

    @Test
    void searchesQuestionWordsWhenThereIsNothingElse() {
        assertThat(understanding.understand("怎么办").required()).hasSize(1);
        assertThat(understanding.understand("怎么办").rescues()).doesNotContain(Rescue.QUESTION_WORDS);
    }

    @Test
    void countsOnlyWordsOfTwoCharactersOrDictionaryTermsAsMainWords() {
        Understood understood = understanding.understand("社保 税 契税");

        assertThat(understood.main()).extracting(group -> group.forms().findFirst().orElseThrow())
                .containsExactly("社保", "契税");
    }

    @Test
    void usesTheDictionaryOfTheMomentForEveryQuery() {
        AtomicReference<SynonymDictionary> dictionary = new AtomicReference<>(SynonymDictionary.shipped());
        QueryUnderstanding live = new QueryUnderstanding(dictionary::get);
        assertThat(live.understand("cjs").rescues()).doesNotContain(Rescue.SYNONYM);

        dictionary.set(SynonymDictionary.shippedWith(List.of(new Synonym("CJS", List.of("城市维护建设税"), "test"))));

        assertThat(live.understand("cjs").required().getFirst().forms()).containsExactly("cjs", "城市维护建设税");
    }
}

package io.lanmu.search.indexing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ItemTurnsUnitTest {

    private final ItemTurns turns = new ItemTurns();

    @Test
    void aRefreshThatFindsTheItemTakenLeavesANoteForTheHolderInsteadOfWaiting() {
        assertThat(turns.take(7)).isTrue();

        assertThat(turns.take(7)).as("second refresh").isFalse();
        assertThat(turns.take(7)).as("third refresh, same note").isFalse();

        assertThat(turns.release(7)).as("the holder goes round once more").isFalse();
        assertThat(turns.release(7)).as("nothing changed since").isTrue();
        assertThat(turns.take(7)).isTrue();
    }

    @Test
    void itemsTakeTurnsIndependently() {
        assertThat(turns.take(1)).isTrue();
        assertThat(turns.take(2)).isTrue();
        assertThat(turns.release(1)).isTrue();
        assertThat(turns.take(2)).isFalse();
    }

    @Test
    void anAbandonedTurnIsFreeWhateverNotesItHad() {
        turns.take(3);
        turns.take(3);

        turns.abandon(3);

        assertThat(turns.take(3)).isTrue();
        assertThat(turns.release(3)).isTrue();
    }
}

package io.lanmu.search.query;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import io.lanmu.search.Rescue;

/**
 * What a visitor meant, in the terms both engines build their queries from: word groups, each matched when a document
 * holds any of its alternatives (a word, or words that stand together: 个人所得税 for 个税). Only required groups are
 * searched; the others are question words and filler, dropped.
 *
 * @param normalized the typed text in the documents' forms (see {@link TextNormalizer})
 * @param typed the words of {@code normalized}, in order, for phrase bonuses
 */
public record Understood(String normalized, List<Group> groups, Words typed, Set<Rescue> rescues) {

    public static final Understood NOTHING = new Understood("", List.of(), Words.NONE, Set.of());

    public Understood {
        groups = List.copyOf(groups);
        rescues = rescues.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(rescues));
    }

    public boolean isEmpty() {
        return groups.isEmpty();
    }

    public List<Group> required() {
        return groups.stream().filter(Group::required).toList();
    }

    /**
     * The groups a document must hold one of when it cannot hold enough: words of two characters or more, and
     * dictionary terms. A single character (税, what smartcn leaves of an unknown word) says too little on its own.
     */
    public List<Group> main() {
        return required().stream().filter(Group::isMain).toList();
    }

    /** The words of every alternative of the required groups, each once: what hits highlight. */
    public List<String> highlighted() {
        return required().stream().flatMap(group -> group.alternatives().stream())
                .flatMap(alternative -> alternative.inOrder().stream()).distinct().toList();
    }

    /**
     * One group of words.
     *
     * @param alternatives what the group may be written as in a document, as typed first; each its words in order
     */
    public record Group(List<Words> alternatives, boolean required) {

        public Group {
            alternatives = List.copyOf(alternatives);
        }

        boolean isMain() {
            return alternatives.size() > 1 || alternatives.getFirst().typed().codePointCount(0,
                    alternatives.getFirst().typed().length()) > 1;
        }

        /** The forms as text: the typed one first. */
        public Stream<String> forms() {
            return alternatives.stream().map(Words::typed);
        }
    }
}

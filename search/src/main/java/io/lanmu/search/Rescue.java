package io.lanmu.search;

/**
 * What search did to find something for a visitor who typed otherwise than the documents are written: recorded with
 * each query, so that admins see what visitors failed to find and which help they needed.
 */
public enum Rescue {
    /** Traditional characters, full-width forms or case were folded into the documents' forms. */
    NORMALISED,
    /** A word was also searched as its synonyms or full form from the dictionary (个税 as 个人所得税). */
    SYNONYM,
    /** Question words and filler (怎么, 如何, 在哪里) were no longer required. */
    QUESTION_WORDS,
    /** No document held enough of the words; the page shows those holding some of them. */
    PARTIAL_MATCH
}

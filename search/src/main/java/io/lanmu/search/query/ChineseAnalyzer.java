package io.lanmu.search.query;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;

/**
 * Splits text into Chinese words with smartcn's tokenizer, case-folds Latin words and drops punctuation. Used for
 * documents and for what users type alike, so both sides agree on what a word is.
 *
 * <p>This is SmartChineseAnalyzer without its Porter stemmer. Latin words on a government site are mostly acronyms,
 * codes and names that citizens type exactly (PDF, OFD, ETC, App, iOS), and stemming only damages them ("iOS" becomes
 * "io", "services" becomes "servic"), which also breaks the prefix matching of suggestions. It is the chain
 * {@code smartcn_tokenizer + lowercase + smartcn_stop} in Elasticsearch terms, so both engines agree.
 */
public final class ChineseAnalyzer extends Analyzer {

    /** Keeps phrases from matching across two values of a multi-valued field (the body and an attachment). */
    private static final int GAP_BETWEEN_VALUES = 100;

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer words = new HMMChineseTokenizer();
        // The tokenizer already lowercases ASCII and full-width Latin; this catches every other cased script.
        TokenStream folded = new LowerCaseFilter(words);
        // smartcn's stop set holds only punctuation, which the tokenizer emits as words of its own.
        TokenStream withoutPunctuation = new StopFilter(folded, SmartChineseAnalyzer.getDefaultStopSet());
        return new TokenStreamComponents(words, withoutPunctuation);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }

    @Override
    public int getPositionIncrementGap(String fieldName) {
        return GAP_BETWEEN_VALUES;
    }

    /**
     * One character between values, the separator the highlighter puts between them when it joins the values of a
     * multi-valued field; the Lucene engine's {@code ContentValues} relies on offsets lining up that way.
     */
    @Override
    public int getOffsetGap(String fieldName) {
        return 1;
    }
}

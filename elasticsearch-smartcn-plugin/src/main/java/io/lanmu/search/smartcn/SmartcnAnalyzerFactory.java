package io.lanmu.search.smartcn;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

/** The {@code smartcn} analyzer: sentences, then words by a hidden Markov model, then lower case and stop words. */
@NamedComponent("smartcn")
public class SmartcnAnalyzerFactory implements AnalyzerFactory {

    @Override
    public Analyzer create() {
        return new SmartChineseAnalyzer();
    }
}

package io.lanmu.search.smartcn;

import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/** The {@code smartcn_stop} filter: drops the punctuation and stop words the {@code smartcn} analyzer drops. */
@NamedComponent("smartcn_stop")
public class SmartcnStopTokenFilterFactory implements TokenFilterFactory {

    @Override
    public TokenStream create(TokenStream input) {
        return new StopFilter(input, SmartChineseAnalyzer.getDefaultStopSet());
    }
}

package io.hrassist.resume.taxonomy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * Lucene analysis for mixed English and Russian text: standard tokens, lower case, Porter stems for English and
 * Snowball stems for Russian, so "кубернетесом" and "кубернетес", "microservices" and "microservice" meet.
 */
final class Stems {

    private static final Analyzer ANALYZER = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream stream = new LowerCaseFilter(source);
            stream = new PorterStemFilter(stream);
            stream = new SnowballFilter(stream, new RussianStemmer());
            return new TokenStreamComponents(source, stream);
        }
    };

    private Stems() {}

    static List<String> of(String text) {
        var stems = new ArrayList<String>();
        try (TokenStream stream =
                ANALYZER.tokenStream("text", text.replace('ё', 'е').replace('Ё', 'Е'))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                stems.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return stems;
    }
}

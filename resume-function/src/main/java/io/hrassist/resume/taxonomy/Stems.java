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
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * Lucene analysis for mixed English and Russian text: standard tokens, lower case, Porter stems for English and
 * Snowball stems for Russian, so "кубернетесом" and "кубернетес", "microservices" and "microservice" meet.
 */
final class Stems {

    /** A stem and where its word stands in the text. */
    record Token(String stem, int start, int end) {}

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
        return tokens(text).stream().map(Token::stem).toList();
    }

    static List<Token> tokens(String text) {
        var tokens = new ArrayList<Token>();
        try (TokenStream stream =
                ANALYZER.tokenStream("text", text.replace('ё', 'е').replace('Ё', 'Е'))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }
}

package io.hrassist.wording;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * What every match of a case-insensitive regular expression contains: a set of case-folded literal strings, one of
 * which occurs in each match, or nothing when the expression does not say. Knowing it, the wording check runs only the
 * rules whose words occur in a text instead of all of them over every position. Reads the part of
 * {@link java.util.regex.Pattern}'s syntax that the wording lists use; anything else leaves the rule without literals,
 * so that it always runs.
 */
final class RequiredLiterals {

    /** Literals shorter than this occur in nearly every text: a rule that has only such literals always runs. */
    private static final int SHORTEST_USEFUL = 2;

    private final String regex;
    private int position;

    private RequiredLiterals(String regex) {
        this.regex = regex;
    }

    /** The literals one of which every match of {@code regex} contains, case-folded; empty if there are none. */
    static Optional<Set<String>> of(String regex) {
        var parser = new RequiredLiterals(regex);
        try {
            Set<String> literals = parser.alternation();
            if (parser.position != regex.length() || literals == null || shortest(literals) < SHORTEST_USEFUL) {
                return Optional.empty();
            }
            return Optional.of(Set.copyOf(literals));
        } catch (UnsupportedSyntax e) {
            return Optional.empty();
        }
    }

    /** Branches separated by {@code |}: a match contains the literals of the branch it took. Null: no literals. */
    private Set<String> alternation() {
        var union = new HashSet<String>();
        boolean bounded = true;
        do {
            Set<String> branch = sequence();
            if (branch == null) {
                bounded = false;
            } else {
                union.addAll(branch);
            }
        } while (take('|'));
        return bounded ? union : null;
    }

    /** A sequence contains what each of its parts contains: the most telling part's literals stand for it. */
    private Set<String> sequence() {
        Set<String> best = null;
        var run = new StringBuilder();
        while (position < regex.length() && peek() != '|' && peek() != ')') {
            Atom atom = atom();
            Repeat repeat = repeat();
            if (atom.kind == Kind.ASSERTION) {
                continue; // zero width: the characters around it are still adjacent in the match
            }
            if (atom.kind == Kind.LITERAL && repeat == Repeat.ONCE) {
                run.append(Folding.fold(atom.literal));
                continue;
            }
            if (atom.kind == Kind.LITERAL && repeat == Repeat.AT_LEAST_ONCE) {
                run.append(Folding.fold(atom.literal)); // its first repetition follows the run
            }
            best = better(best, literal(run));
            run.setLength(0);
            if (atom.kind == Kind.GROUP && repeat != Repeat.MAYBE) {
                best = better(best, atom.literals);
            }
        }
        return better(best, literal(run));
    }

    /** How often the atom before a quantifier occurs in a match. */
    private enum Repeat {
        ONCE,
        AT_LEAST_ONCE,
        MAYBE
    }

    /** Reads the quantifier after an atom, if there is one. */
    private Repeat repeat() {
        if (position >= regex.length()) {
            return Repeat.ONCE;
        }
        Repeat repeat;
        switch (peek()) {
            case '?', '*' -> repeat = Repeat.MAYBE;
            case '+' -> repeat = Repeat.AT_LEAST_ONCE;
            case '{' -> {
                int close = regex.indexOf('}', position);
                String[] bounds = close < 0
                        ? new String[0]
                        : regex.substring(position + 1, close).split(",", -1);
                if (bounds.length == 0
                        || bounds[0].isEmpty()
                        || !bounds[0].chars().allMatch(c -> c >= '0' && c <= '9')) {
                    throw new UnsupportedSyntax();
                }
                int min = Integer.parseInt(bounds[0]);
                repeat = min == 0 ? Repeat.MAYBE : min == 1 && bounds.length == 1 ? Repeat.ONCE : Repeat.AT_LEAST_ONCE;
                position = close;
            }
            default -> {
                return Repeat.ONCE;
            }
        }
        position++;
        if (position < regex.length() && (peek() == '?' || peek() == '+')) {
            position++; // lazy or possessive: the same characters
        }
        return repeat;
    }

    private static Set<String> literal(StringBuilder run) {
        return run.isEmpty() ? null : Set.of(run.toString());
    }

    private Atom atom() {
        char c = regex.charAt(position++);
        return switch (c) {
            case '\\' -> escape();
            case '[' -> {
                skipClass();
                yield Atom.CONSUMING;
            }
            case '(' -> group();
            case '.' -> Atom.CONSUMING;
            case '^', '$' -> Atom.ASSERTION;
            case '*', '+', '?', '{', ')', '|' -> throw new UnsupportedSyntax();
            default -> Atom.literal(c);
        };
    }

    private Atom escape() {
        char c = next();
        if ("bBAzZG".indexOf(c) >= 0) {
            return Atom.ASSERTION;
        }
        if ("wWdDsShHvVRX".indexOf(c) >= 0 || Character.isDigit(c)) {
            return Atom.CONSUMING;
        }
        if (c == 'p' || c == 'P') {
            skipProperty();
            return Atom.CONSUMING;
        }
        if (Character.isLetterOrDigit(c)) {
            throw new UnsupportedSyntax(); // quoting, hex, Unicode, control or named escapes: not in the lists
        }
        return Atom.literal(c);
    }

    private Atom group() {
        if (take('?')) {
            if (take(':')) {
                return closeGroup(Atom.group(alternation()));
            }
            if (take('=') || take('!')) {
                alternation();
                return closeGroup(Atom.ASSERTION);
            }
            if (take('<') && (take('=') || take('!'))) {
                alternation();
                return closeGroup(Atom.ASSERTION);
            }
            throw new UnsupportedSyntax(); // flags, named or atomic groups
        }
        return closeGroup(Atom.group(alternation()));
    }

    private Atom closeGroup(Atom atom) {
        if (!take(')')) {
            throw new UnsupportedSyntax();
        }
        return atom;
    }

    private void skipClass() {
        take('^');
        while (true) {
            char c = next();
            if (c == ']') {
                return;
            }
            if (c == '[') {
                skipClass();
            } else if (c == '\\') {
                char escaped = next();
                if (escaped == 'p' || escaped == 'P') {
                    skipProperty();
                }
            }
        }
    }

    private void skipProperty() {
        if (take('{')) {
            while (next() != '}') {
                // the property's name
            }
        } else {
            next();
        }
    }

    private char peek() {
        return regex.charAt(position);
    }

    private char next() {
        if (position >= regex.length()) {
            throw new UnsupportedSyntax();
        }
        return regex.charAt(position++);
    }

    private boolean take(char c) {
        if (position < regex.length() && regex.charAt(position) == c) {
            position++;
            return true;
        }
        return false;
    }

    /** The set that excludes more texts: the longer shortest literal, then the fewer literals. */
    private static Set<String> better(Set<String> a, Set<String> b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        int shortestA = shortest(a);
        int shortestB = shortest(b);
        if (shortestA != shortestB) {
            return shortestA > shortestB ? a : b;
        }
        return a.size() <= b.size() ? a : b;
    }

    private static int shortest(Set<String> literals) {
        return literals.stream().mapToInt(String::length).min().orElse(0);
    }

    private enum Kind {
        LITERAL,
        CONSUMING,
        ASSERTION,
        GROUP
    }

    /** One element of a sequence: a literal character, a group with its literals, or what tells nothing. */
    private record Atom(Kind kind, char literal, Set<String> literals) {
        static final Atom CONSUMING = new Atom(Kind.CONSUMING, '\0', null);
        static final Atom ASSERTION = new Atom(Kind.ASSERTION, '\0', null);

        static Atom literal(char c) {
            return new Atom(Kind.LITERAL, c, null);
        }

        static Atom group(Set<String> literals) {
            return new Atom(Kind.GROUP, '\0', literals);
        }
    }

    private static final class UnsupportedSyntax extends RuntimeException {
        UnsupportedSyntax() {
            super(null, null, false, false);
        }
    }
}

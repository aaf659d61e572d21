package io.hrassist.resume.domain;

import java.util.List;

/**
 * Knows the names a skill goes by (k8s, Kubernetes, кубернетес), the tools that imply it (pandas → Python) and the
 * names that mean something else in other contexts (Java the island), and finds them in text, inflected or not.
 */
public interface SkillTaxonomy {

    /** Where {@code line} names the skill, in any of its forms and their inflections; overlapping names count once. */
    List<Mention> find(String skill, String line);

    /** How many times {@code line} names the skill. */
    default int mentions(String skill, String line) {
        return find(skill, line).size();
    }

    /**
     * A licence or certificate (RN, ACLS, a forklift licence): held, not practised, so a credentials line naming it is
     * evidence in its own right.
     */
    boolean credential(String skill);

    /**
     * A mention: the characters {@code [start, end)} of the line; {@code implied} when only a tool that implies the
     * skill is named (pandas for Python), which shows the skill but is no repetition of it.
     */
    record Mention(int start, int end, boolean implied) {

        public Mention(int start, int end) {
            this(start, end, false);
        }
    }
}

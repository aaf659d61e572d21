package io.hrassist.resume.domain;

import java.util.List;

/** Knows the names a skill goes by (k8s, Kubernetes, кубернетес) and finds them in text, inflected or not. */
public interface SkillTaxonomy {

    /** Lower-case surface forms of a vacancy skill, the skill's own name first. */
    List<String> surfaceForms(String skill);

    /** How many times {@code line} names the skill, in any of its forms and their inflections. */
    int mentions(String skill, String line);
}

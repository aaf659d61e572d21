package io.hrassist.resume.domain;

import java.util.List;

/** Knows the names a skill goes by (k8s, Kubernetes, кубернетес). */
public interface SkillTaxonomy {

    /** Lower-case surface forms of a vacancy skill, the skill's own name first. */
    List<String> surfaceForms(String skill);
}

package io.hrassist.api.domain;

/**
 * What a user may do. {@link #ADMIN} manages users and settings and reads the audit log; {@link #RECRUITER} runs
 * vacancies, candidates and decisions; {@link #HIRING_MANAGER} reads the vacancies assigned to them, their candidates
 * and kits, and gives feedback, but creates and deletes nothing.
 */
public enum Role {
    ADMIN,
    RECRUITER,
    HIRING_MANAGER;

    /** Role names as {@code @Secured} takes them. */
    public static final String ADMIN_NAME = "ADMIN";

    public static final String RECRUITER_NAME = "RECRUITER";
    public static final String HIRING_MANAGER_NAME = "HIRING_MANAGER";
}

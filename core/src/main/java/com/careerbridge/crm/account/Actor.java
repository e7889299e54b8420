package com.careerbridge.crm.account;

/**
 * Who is acting, as the services see it when they decide what may be seen and done. Built from the signed-in principal
 * (web session or API token) or, for system work such as the scheduler and seeders, {@link #system()}.
 */
public record Actor(long userId, Role role) {

    private static final Actor SYSTEM = new Actor(0, Role.ADMIN);

    public static Actor system() {
        return SYSTEM;
    }

    public boolean isSystem() {
        return this == SYSTEM || userId == 0;
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    public boolean isConsultant() {
        return role == Role.CONSULTANT;
    }

    public boolean isCandidate() {
        return role == Role.CANDIDATE;
    }

    public boolean isStaff() {
        return role.isStaff();
    }

    /** The user id to record as author, or null for system work. */
    public Long authorId() {
        return isSystem() ? null : userId;
    }
}

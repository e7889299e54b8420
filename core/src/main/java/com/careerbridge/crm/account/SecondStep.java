package com.careerbridge.crm.account;

/** What a sign-in still owes after a correct password (see {@link AuthenticatedUser#pendingSecondStep()}). */
public enum SecondStep {
    /** The account has two-factor login: a code from the app (or a recovery code) is next. */
    CODE,
    /** Staff must use two-factor login and this account has not enrolled: enrolment is next. */
    ENROLMENT;

    /** The only authority of a session that owes a second step; no view or service accepts it as a role. */
    public static final String PENDING_AUTHORITY = "TWO_FACTOR_PENDING";
}

package com.careerbridge.crm.shared;

/**
 * The caller is known and the thing is visible to them, but this action is not theirs to take (a candidate verifying
 * their own item, a consultant publishing when only admins may). Things the caller may not even see are
 * {@link NotFoundException}s instead.
 */
public class ForbiddenException extends DomainException {

    public ForbiddenException(String action) {
        super("forbidden." + action);
    }
}

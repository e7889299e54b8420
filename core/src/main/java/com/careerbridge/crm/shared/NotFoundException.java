package com.careerbridge.crm.shared;

/**
 * The thing does not exist, or the caller may not know that it exists: another consultant's candidate answers exactly
 * like a missing one, so that ids cannot be probed.
 */
public class NotFoundException extends DomainException {

    private final String resource;

    public NotFoundException(String resource) {
        super("not-found." + resource);
        this.resource = resource;
    }

    public String resource() {
        return resource;
    }
}

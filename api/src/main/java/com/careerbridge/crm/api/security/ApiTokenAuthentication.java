package com.careerbridge.crm.api.security;

import java.io.Serial;

import com.careerbridge.crm.account.AuthenticatedUser;
import com.careerbridge.crm.account.VerifiedAccessToken;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * A request authenticated by an API access token. The principal is the same {@link AuthenticatedUser} the web UI's
 * session carries; the token family is kept so that logout can end exactly this sign-in.
 */
public final class ApiTokenAuthentication extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;

    private final AuthenticatedUser user;
    private final long familyId;

    ApiTokenAuthentication(VerifiedAccessToken token) {
        super(token.user().getAuthorities());
        this.user = token.user();
        this.familyId = token.familyId();
        setAuthenticated(true);
    }

    @Override
    public AuthenticatedUser getPrincipal() {
        return user;
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    public long familyId() {
        return familyId;
    }
}

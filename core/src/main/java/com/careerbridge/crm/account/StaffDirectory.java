package com.careerbridge.crm.account;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import com.careerbridge.crm.shared.ConflictException;
import com.careerbridge.crm.shared.EmailAddress;
import com.careerbridge.crm.shared.ForbiddenException;
import com.careerbridge.crm.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The consultancy's staff as an administrator manages them: who works here, inviting a consultant, and letting
 * someone in or out. There is no mail yet, so an invitation hands the one-time password back to the admin to pass on;
 * it is never stored in clear and must be changed at the first sign-in.
 */
@Service
@Transactional
public class StaffDirectory {

    private final UserAccountRepository accounts;
    private final AccountService accountService;
    private final CurrentActor currentActor;
    private final ApplicationEventPublisher events;

    StaffDirectory(UserAccountRepository accounts, AccountService accountService, CurrentActor currentActor,
                   ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.accountService = accountService;
        this.currentActor = currentActor;
        this.events = events;
    }

    /** A new consultant's account and the one-time password to give them (shown once, never again). */
    public record Invitation(UserAccount account, String oneTimePassword) {
    }

    /** Admins and consultants, active first, then by name. */
    @Transactional(readOnly = true)
    public List<UserAccount> staff() {
        requireAdmin();
        return Stream.concat(accounts.findByRoleOrderByDisplayName(Role.ADMIN).stream(),
                        accounts.findByRoleOrderByDisplayName(Role.CONSULTANT).stream())
                .sorted(Comparator.comparing((UserAccount account) -> !account.isEnabled())
                        .thenComparing(UserAccount::getDisplayName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** Active consultants, for choosing who takes a candidate or a caseload. */
    @Transactional(readOnly = true)
    public List<UserAccount> activeConsultants() {
        if (!currentActor.get().isStaff()) {
            throw new ForbiddenException("staff-only");
        }
        return accounts.findByRoleOrderByDisplayName(Role.CONSULTANT).stream().filter(UserAccount::isEnabled).toList();
    }

    public Invitation inviteConsultant(String email, String displayName, Locale locale) {
        Actor actor = requireAdmin();
        EmailAddress address = new EmailAddress(email);
        String oneTimePassword = AccountService.randomPassword();
        UserAccount account = accountService.createWithTemporaryPassword(address, displayName, Role.CONSULTANT,
                locale == null ? Locale.KOREAN : locale, oneTimePassword);
        events.publishEvent(new AccountEvents.StaffInvited(account.getId(), account.getRole(), actor.userId()));
        return new Invitation(account, oneTimePassword);
    }

    public UserAccount deactivate(long userId) {
        Actor actor = requireAdmin();
        if (actor.userId() == userId) {
            throw new ConflictException("conflict.deactivate-self");
        }
        UserAccount account = staffMember(userId);
        // Through AccountService, so that the account's API tokens stop working too.
        accountService.deactivate(userId);
        events.publishEvent(new AccountEvents.AccountDeactivated(userId, actor.userId()));
        return account;
    }

    public UserAccount reactivate(long userId) {
        Actor actor = requireAdmin();
        UserAccount account = staffMember(userId);
        accountService.reactivate(userId);
        events.publishEvent(new AccountEvents.AccountReactivated(userId, actor.userId()));
        return account;
    }

    private UserAccount staffMember(long userId) {
        return accounts.findById(userId)
                .filter(account -> account.getRole().isStaff())
                .orElseThrow(() -> new NotFoundException("user"));
    }

    private Actor requireAdmin() {
        Actor actor = currentActor.get();
        if (!actor.isAdmin()) {
            throw new ForbiddenException("admin-only");
        }
        return actor;
    }
}

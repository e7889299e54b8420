package com.careerbridge.crm.documents;

import java.util.List;
import java.util.Optional;

import com.careerbridge.crm.assignment.AssignedChecklist;
import com.careerbridge.crm.shared.LocalizedText;

/**
 * What a candidate's documents can be linked to, read once for a page: their target roles (named by their guide) and
 * their assigned guides with numbered checklist items. The items offered for a role are those of the guide assigned
 * for it; the same lists name the links a document already has. A link to something no longer here (a role or a
 * guide since removed, an item a newer version dropped) is simply not available.
 */
public record DocumentLinkChoices(List<Role> roles, List<AssignedChecklist> checklists) {

    public DocumentLinkChoices {
        roles = List.copyOf(roles);
        checklists = List.copyOf(checklists);
    }

    /** A target role as a choice: its id, its guide and the guide's title. */
    public record Role(long targetRoleId, long guideId, LocalizedText title) {
    }

    public Optional<Role> role(Long targetRoleId) {
        return targetRoleId == null ? Optional.empty()
                : roles.stream().filter(role -> role.targetRoleId() == targetRoleId).findFirst();
    }

    /** The guide assigned for a target role, with its items — empty when none is assigned. */
    public Optional<AssignedChecklist> checklistFor(Role role) {
        return role == null ? Optional.empty()
                : checklists.stream().filter(checklist -> checklist.guideId() == role.guideId()).findFirst();
    }

    public Optional<AssignedChecklist> checklist(Long assignmentId) {
        return assignmentId == null ? Optional.empty()
                : checklists.stream().filter(checklist -> checklist.assignmentId() == assignmentId).findFirst();
    }
}

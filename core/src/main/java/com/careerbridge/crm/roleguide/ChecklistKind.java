package com.careerbridge.crm.roleguide;

/** What kind of preparation a checklist item asks for. */
public enum ChecklistKind {
    READ,
    PRACTISE,
    DOCUMENT,
    MOCK_INTERVIEW
}

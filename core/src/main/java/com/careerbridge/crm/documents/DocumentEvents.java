package com.careerbridge.crm.documents;

import java.util.Map;

import com.careerbridge.crm.shared.CandidateEvent;

/**
 * What happens to a candidate's documents, for their timeline. Details carry the kind and the version number only —
 * never a title, a file name or a comment, which people wrote.
 */
public final class DocumentEvents {

    private DocumentEvents() {
    }

    public record DocumentUploaded(long candidateId, Long actorId, long documentId, DocumentKind kind)
            implements CandidateEvent {

        @Override
        public String action() {
            return "document-uploaded";
        }

        @Override
        public Long subjectId() {
            return documentId;
        }

        @Override
        public Map<String, Object> details() {
            return Map.of("kind", kind.name(), "number", 1);
        }
    }

    public record DocumentVersionAdded(long candidateId, Long actorId, long documentId, DocumentKind kind, int number)
            implements CandidateEvent {

        @Override
        public String action() {
            return "document-version-added";
        }

        @Override
        public Long subjectId() {
            return documentId;
        }

        @Override
        public Map<String, Object> details() {
            return Map.of("kind", kind.name(), "number", number);
        }
    }

    public record DocumentCommented(long candidateId, Long actorId, long documentId, long versionId, int number)
            implements CandidateEvent {

        @Override
        public String action() {
            return "document-commented";
        }

        @Override
        public Long subjectId() {
            return documentId;
        }

        @Override
        public Map<String, Object> details() {
            return Map.of("number", number);
        }
    }

    /** The document's target role or checklist item was set, changed or cleared. */
    public record DocumentLinksChanged(long candidateId, Long actorId, long documentId, DocumentKind kind)
            implements CandidateEvent {

        @Override
        public String action() {
            return "document-links-changed";
        }

        @Override
        public Long subjectId() {
            return documentId;
        }

        @Override
        public Map<String, Object> details() {
            return Map.of("kind", kind.name());
        }
    }
}

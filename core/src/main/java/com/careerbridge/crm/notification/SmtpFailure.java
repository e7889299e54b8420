package com.careerbridge.crm.notification;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.mail.SendFailedException;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailSendException;

/**
 * What a failed send means for the message. The SMTP reply code decides when there is one (5xx: this message will
 * never go; 4xx: try this message again later); without one the server was unreachable or refused us, which is true
 * for every message of the batch.
 */
record SmtpFailure(Kind kind, String description) {

    enum Kind {
        /** Rejected for good (5xx): retrying will not help. */
        PERMANENT,
        /** Rejected for now (4xx): retry this message later. */
        TRANSIENT,
        /** No conversation with the server (down, unreachable, authentication): retry the whole batch later. */
        SERVER_UNAVAILABLE
    }

    private static final Pattern ADDRESS = Pattern.compile("[^\\s<>\"'(),;:]+@[^\\s<>\"'(),;:]+");

    static SmtpFailure of(Exception failure) {
        List<Throwable> chain = chain(failure);
        for (Throwable t : chain) {
            Integer code = returnCode(t);
            if (code != null && code >= 400) {
                Kind kind = code >= 500 ? Kind.PERMANENT : Kind.TRANSIENT;
                return new SmtpFailure(kind, "SMTP " + code + " " + t.getClass().getSimpleName());
            }
        }
        if (failure instanceof MailAuthenticationException) {
            return new SmtpFailure(Kind.SERVER_UNAVAILABLE, "smtp-authentication-failed");
        }
        for (Throwable t : chain) {
            if (t instanceof SendFailedException sfe && sfe.getInvalidAddresses() != null
                    && sfe.getInvalidAddresses().length > 0) {
                return new SmtpFailure(Kind.PERMANENT, "recipient-rejected " + t.getClass().getSimpleName());
            }
        }
        Throwable root = chain.getLast();
        return new SmtpFailure(Kind.SERVER_UNAVAILABLE, "smtp-unavailable " + describe(root));
    }

    /** Class and message without addresses: last_error and logs must not carry personal data. */
    static String describe(Throwable t) {
        String message = t.getMessage() == null ? "" : ": " + ADDRESS.matcher(t.getMessage()).replaceAll("<address>");
        String text = t.getClass().getSimpleName() + message;
        return text.length() > 300 ? text.substring(0, 300) : text;
    }

    private static List<Throwable> chain(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        Throwable current = failure;
        while (current != null && !chain.contains(current)) {
            chain.add(current);
            if (current instanceof MailSendException mse && !mse.getFailedMessages().isEmpty()) {
                mse.getFailedMessages().values().forEach(nested -> chain.addAll(chain(nested)));
            }
            current = current instanceof jakarta.mail.MessagingException me && me.getNextException() != null
                    ? me.getNextException() : current.getCause();
        }
        return chain;
    }

    // Angus Mail's SMTP exceptions carry the reply code; read it by name so we need not compile against Angus.
    private static Integer returnCode(Throwable t) {
        try {
            Method method = t.getClass().getMethod("getReturnCode");
            return (Integer) method.invoke(t);
        } catch (ReflectiveOperationException | ClassCastException e) {
            return null;
        }
    }
}

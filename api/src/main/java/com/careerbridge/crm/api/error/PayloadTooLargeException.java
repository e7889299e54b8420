package com.careerbridge.crm.api.error;

import java.io.IOException;

/**
 * A request body grew past the API's limit while it was being read (bodies without Content-Length). An
 * {@link IOException} so that it travels through the JSON parser; the exception handler finds it in the cause chain.
 */
public class PayloadTooLargeException extends IOException {

    public PayloadTooLargeException(long limit) {
        super("request body larger than " + limit + " bytes");
    }
}

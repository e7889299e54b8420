package com.careerbridge.crm.shared;

/**
 * One text in both of the consultancy's languages. Either may be empty while a draft is written; publishing requires
 * both.
 */
public record LocalizedText(String ko, String en) {

    public LocalizedText {
        ko = ko == null ? "" : ko.strip();
        en = en == null ? "" : en.strip();
    }

    public static LocalizedText of(String ko, String en) {
        return new LocalizedText(ko, en);
    }

    public String in(Language language) {
        String wanted = language == Language.EN ? en : ko;
        return wanted.isEmpty() ? (language == Language.EN ? ko : en) : wanted;
    }

    public boolean isComplete() {
        return !ko.isEmpty() && !en.isEmpty();
    }

    public boolean isEmpty() {
        return ko.isEmpty() && en.isEmpty();
    }

    public int maxLength() {
        return Math.max(ko.length(), en.length());
    }
}

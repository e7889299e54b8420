package com.careerbridge.testsupport.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;

/** Text typed into a date picker, as the browser reports it when it could not read the text as a date itself. */
public final class TypedDates {

    private TypedDates() {
    }

    public static void type(DatePicker picker, String text) {
        picker.getElement().setProperty("_inputElementValue", text);
        picker.getElement().getNode().getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(picker.getElement(), "unparsable-change", JacksonUtils.createObjectNode()));
    }
}

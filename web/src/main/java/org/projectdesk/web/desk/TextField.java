package org.projectdesk.web.desk;

import org.projectdesk.domain.shared.Language;
import org.projectdesk.domain.shared.LocalizedText;

import java.io.Serializable;

/** What the entry form holds for one translatable text while it is being edited: one string per language. */
public class TextField implements Serializable {

    private static final long serialVersionUID = 1L;

    private String en;
    private String fr;
    private String ru;

    public static TextField of(LocalizedText text) {
        TextField field = new TextField();
        if (text != null) {
            field.en = text.in(Language.EN).orElse(null);
            field.fr = text.in(Language.FR).orElse(null);
            field.ru = text.in(Language.RU).orElse(null);
        }
        return field;
    }

    public boolean isEmpty() {
        return blank(en) && blank(fr) && blank(ru);
    }

    /** The text, or null when nothing was typed; refused (English required) when only translations were. */
    public LocalizedText toText() {
        return isEmpty() ? null : LocalizedText.of(en, fr, ru);
    }

    /** There is an English text but none in that language. */
    public boolean missing(Language language) {
        return !blank(en) && blank(get(language));
    }

    public String get(Language language) {
        return switch (language) {
            case EN -> en;
            case FR -> fr;
            case RU -> ru;
        };
    }

    public void set(Language language, String text) {
        switch (language) {
            case EN -> en = text;
            case FR -> fr = text;
            case RU -> ru = text;
        }
    }

    public String getEn() {
        return en;
    }

    public void setEn(String en) {
        this.en = en;
    }

    public String getFr() {
        return fr;
    }

    public void setFr(String fr) {
        this.fr = fr;
    }

    public String getRu() {
        return ru;
    }

    public void setRu(String ru) {
        this.ru = ru;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}

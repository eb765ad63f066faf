package org.projectdesk.web.api;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.projectdesk.domain.shared.Language;

import org.projectdesk.web.routing.PublicCaching;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What every API answer shares: the language parameter, and cacheable JSON with an ETag. */
final class ApiRequest {

    private ApiRequest() {
    }

    /** The language of {@code lang}: {@code en} (the default), {@code fr} or {@code ru}. */
    static Language language(String lang, List<Problem.ParameterError> errors) {
        if (lang == null || lang.isBlank()) {
            return Language.DEFAULT;
        }
        Optional<Language> language = Language.fromTag(lang).filter(l -> l.tag().equals(lang.strip()));
        if (language.isEmpty()) {
            errors.add(new Problem.ParameterError("lang", "\"" + lang + "\" is not a language of ProjectDesk: use en, fr or ru."));
            return Language.DEFAULT;
        }
        return language.get();
    }

    /** The {@code lang} parameter of an address that takes no other; refused (400) unless en, fr or ru. */
    static Language onlyLanguage(String lang) {
        List<Problem.ParameterError> errors = new ArrayList<>();
        Language language = language(lang, errors);
        refuseIfAny(errors);
        return language;
    }

    static void refuseIfAny(List<Problem.ParameterError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidParametersException(errors);
        }
    }

    /**
     * The body as JSON with ETag and {@code Cache-Control: public, no-cache} (anyone may keep it, but
     * asks again each time: a publication shows at once), or 304 Not Modified if the client has it already. */
    static Response json(Request request, Object body, Language language) {
        return jsonText(request, JsonBodies.write(body), language);
    }

    /** Like {@link #json}, for a body that is JSON text already. */
    static Response jsonText(Request request, String json, Language language) {
        EntityTag tag = new EntityTag(JsonBodies.etagOf(json));
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        Response.ResponseBuilder answer = notModified != null ? notModified
                : Response.ok(json, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"));
        return answer.tag(tag).header("Cache-Control", PublicCaching.CACHE_CONTROL)
                .header("Content-Language", language == null ? null : language.tag())
                .build();
    }
}

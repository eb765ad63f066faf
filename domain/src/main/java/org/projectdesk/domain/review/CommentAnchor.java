package org.projectdesk.domain.review;

import org.projectdesk.domain.entry.ContentField;
import org.projectdesk.domain.entry.ParticipationRole;
import org.projectdesk.domain.shared.InvalidValueException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The field a comment points at, named as the bundle's {@code field.<key>} labels it: every
 * {@link ContentField}, except that the organisations are pointed at by the part they play
 * ({@code leadAgency}, {@code implementingAgency}, {@code donors}, {@code partners}), as the
 * public page and the reviewer name them. Derived from the one list of fields.
 */
public record CommentAnchor(String key, ContentField field) {

    private static final Map<ParticipationRole, String> ROLE_KEYS = roleKeys();
    private static final List<CommentAnchor> ALL = all();

    /** Every field a comment can point at, in the order of the form. */
    public static List<CommentAnchor> values() {
        return ALL;
    }

    /** The anchor with that key, e.g. {@code donors}; refused with a message for the field otherwise. */
    public static CommentAnchor of(String key) {
        return find(key).orElseThrow(() -> new InvalidValueException("anchor", "error.comment.unknownField",
                "There is no field \"{0}\" to comment on.", key));
    }

    public static Optional<CommentAnchor> find(String key) {
        return ALL.stream().filter(anchor -> anchor.key.equals(key)).findFirst();
    }

    /** The anchor for the organisations playing one part. */
    public static CommentAnchor forRole(ParticipationRole role) {
        return of(ROLE_KEYS.get(role));
    }

    private static List<CommentAnchor> all() {
        List<CommentAnchor> all = new ArrayList<>();
        for (ContentField field : ContentField.values()) {
            if (field == ContentField.PARTICIPATIONS) {
                ROLE_KEYS.values().forEach(key -> all.add(new CommentAnchor(key, field)));
            } else {
                all.add(new CommentAnchor(field.key(), field));
            }
        }
        return Collections.unmodifiableList(all);
    }

    private static Map<ParticipationRole, String> roleKeys() {
        Map<ParticipationRole, String> keys = new EnumMap<>(ParticipationRole.class);
        keys.put(ParticipationRole.LEAD_IMPLEMENTER, "leadAgency");
        keys.put(ParticipationRole.IMPLEMENTING_PARTNER, "implementingAgency");
        keys.put(ParticipationRole.DONOR, "donors");
        keys.put(ParticipationRole.PARTNER, "partners");
        return Collections.unmodifiableMap(keys);
    }
}

package org.projectdesk.domain.entry;

/**
 * The names of the {@link Role}s as compile-time constants, for {@code @RolesAllowed} and
 * {@code @DeclareRoles}, which take no enum; {@code web.xml}'s security roles name the same
 * (RolesTest and web's WebXmlRolesTest check both).
 */
public final class Roles {

    public static final String EDITOR = "EDITOR";
    public static final String REVIEWER = "REVIEWER";
    public static final String ADMIN = "ADMIN";

    private Roles() {
    }
}

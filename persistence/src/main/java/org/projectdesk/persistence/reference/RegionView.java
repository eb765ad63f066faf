package org.projectdesk.persistence.reference;

import org.projectdesk.domain.reference.Region;
import org.projectdesk.domain.shared.CountryCode;
import org.projectdesk.domain.shared.LocalizedText;

import java.io.Serializable;
import java.util.List;

/**
 * A region or programme as the administrators' pages show it, detached.
 *
 * @param members the member countries' ISO codes, in code order
 * @param entries how many entries (any revision) name it
 */
public record RegionView(long id, long version, String code, LocalizedText name, List<String> members, long entries)
        implements Serializable {

    public RegionView {
        members = List.copyOf(members);
    }

    static RegionView of(Region region, long entries) {
        return new RegionView(region.id(), region.version(), region.code().value(), region.name(),
                region.members().stream().map(CountryCode::code).toList(), entries);
    }
}

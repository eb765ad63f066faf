package org.projectdesk.persistence.publicview;

import java.util.List;

/** The facets of a result, each value with its count; values with no project are left out unless chosen. */
public record ProjectFacets(List<FacetValue> countries, List<FacetValue> regions, List<FacetValue> donors,
                            List<FacetValue> organisations, List<FacetValue> statuses,
                            List<FacetValue> startYears, List<FacetValue> endYears) {
}

package org.projectdesk.persistence.demo;

import org.junit.jupiter.api.Test;
import org.projectdesk.domain.entry.ProjectContent;
import org.projectdesk.domain.reference.Region;
import org.projectdesk.domain.shared.CountryCode;
import org.projectdesk.domain.shared.LocalizedText;
import org.projectdesk.domain.shared.Slug;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo content files a project under a region only when its countries leave no choice. */
class RegionFilingTest {

    private final Region easternPartnership = Region.define(Slug.of("eastern-partnership"),
            LocalizedText.of("Eastern Partnership"), List.of(CountryCode.of("AM"), CountryCode.of("AZ"), CountryCode.of("GE")));
    private final Region centralAsia = Region.define(Slug.of("central-asia"),
            LocalizedText.of("Central Asia"), List.of(CountryCode.of("KZ"), CountryCode.of("KG")));

    private static ProjectContent in(String... countries) {
        ProjectContent.Builder builder = ProjectContent.builder().title("A project");
        for (String country : countries) {
            builder.addCountry(CountryCode.of(country));
        }
        return builder.build();
    }

    @Test
    void allCountriesInOneRegion() {
        assertEquals(easternPartnership, DemoContent.filedUnderRegion(in("GE", "AZ"), List.of(centralAsia, easternPartnership))
                .region().orElseThrow());
    }

    @Test
    void countriesOfTwoRegionsOrNoneOrNoCountryGiveNoRegion() {
        List<Region> regions = List.of(centralAsia, easternPartnership);
        assertTrue(DemoContent.filedUnderRegion(in("GE", "KZ"), regions).region().isEmpty());
        assertTrue(DemoContent.filedUnderRegion(in("TN"), regions).region().isEmpty());
        assertTrue(DemoContent.filedUnderRegion(in(), regions).region().isEmpty());
    }
}

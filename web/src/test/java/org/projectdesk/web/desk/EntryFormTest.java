package org.projectdesk.web.desk;

import org.junit.jupiter.api.Test;
import org.projectdesk.domain.entry.ContentGenerator;
import org.projectdesk.domain.entry.ProjectContent;
import org.projectdesk.domain.reference.Organisation;
import org.projectdesk.domain.reference.Region;
import org.projectdesk.domain.shared.CountryCode;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The desk's form carries every field of a content: a form filled with a content gives back the
 * same content, for {@value ContentGenerator#COUNT} generated contents with every field set in
 * three languages; the countries' shares are refused next to their field unless they cover every
 * chosen country and add up to 100.
 */
class EntryFormTest {

    private static final List<Organisation> ORGANISATIONS = stored(ContentGenerator.organisations());
    private static final List<Region> REGIONS = stored(ContentGenerator.regions());
    private static final Map<Long, Organisation> ORGANISATIONS_BY_ID = ORGANISATIONS.stream()
            .collect(Collectors.toMap(Organisation::id, Function.identity()));
    private static final Map<Long, Region> REGIONS_BY_ID = REGIONS.stream()
            .collect(Collectors.toMap(Region::id, Function.identity()));

    @Test
    void aFormFilledWithAContentGivesBackTheSameContent() {
        for (ProjectContent content : new ContentGenerator(ContentGenerator.SEED, ORGANISATIONS, REGIONS)
                .contents(ContentGenerator.COUNT)) {
            EntryForm.Result result = EntryForm.of(content).toContent(ORGANISATIONS_BY_ID::get, REGIONS_BY_ID::get);
            assertEquals(Map.of(), result.problems());
            assertEquals(content, result.content());
        }
    }

    @Test
    void blankSharesSplitEvenly() {
        EntryForm form = formWithCountries("AM", "GE");
        ProjectContent content = form.toContent(ORGANISATIONS_BY_ID::get, REGIONS_BY_ID::get).content();
        assertTrue(content.countryShares().isEmpty());
    }

    @Test
    void sharesOfTheChosenCountriesAreKeptWithTheSector() {
        EntryForm form = formWithCountries("AM", "GE");
        form.getShares().put("AM", "70");
        form.getShares().put("GE", "30,0");
        form.getShares().put("UA", "55");
        form.setSector("15110");
        ProjectContent content = form.toContent(ORGANISATIONS_BY_ID::get, REGIONS_BY_ID::get).content();
        assertEquals("70.00", content.countryShares().get(CountryCode.of("AM")).toPlainString());
        assertEquals("30.00", content.countryShares().get(CountryCode.of("GE")).toPlainString());
        assertEquals(2, content.countryShares().size());
        assertEquals("15110", content.sector().orElseThrow());
    }

    @Test
    void sharesThatDoNotAddUpAreRefusedNextToTheirField() {
        EntryForm form = formWithCountries("AM", "GE");
        form.getShares().put("AM", "70");
        form.getShares().put("GE", "20");
        assertRefused(form, "countryShares", "error.content.sharesTotal");
    }

    @Test
    void aMissingShareIsRefusedNextToTheField() {
        EntryForm form = formWithCountries("AM", "GE");
        form.getShares().put("AM", "100");
        assertRefused(form, "countryShares", "error.content.sharesCountries");
    }

    @Test
    void aShareThatIsNoNumberIsRefusedAndKept() {
        EntryForm form = formWithCountries("AM", "GE");
        form.getShares().put("AM", "seventy");
        form.getShares().put("GE", "30");
        assertRefused(form, "countryShares", "error.content.shareInvalid");
        assertEquals("seventy", form.getShares().get("AM"));
    }

    @Test
    void aSectorThatIsNoDacCodeIsRefusedNextToItsField() {
        EntryForm form = formWithCountries("AM");
        form.setSector("151");
        assertRefused(form, "sector", "error.content.invalidSector");
        assertEquals("151", form.getSector());
    }

    private static void assertRefused(EntryForm form, String field, String key) {
        EntryForm.Result result = form.toContent(ORGANISATIONS_BY_ID::get, REGIONS_BY_ID::get);
        assertFalse(result.isValid());
        assertEquals(key, result.problems().get(field).messageKey(), result.problems().toString());
    }

    private static EntryForm formWithCountries(String... codes) {
        EntryForm form = EntryForm.blank();
        form.getTitle().setEn("Border management");
        form.setCountries(List.of(codes));
        return form;
    }

    /** The generator's reference data, given the ids the database would give them. */
    private static <T> List<T> stored(List<T> references) {
        long id = 1;
        for (T reference : references) {
            try {
                Field field = reference.getClass().getDeclaredField("id");
                field.setAccessible(true);
                field.set(reference, id++);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return references;
    }
}

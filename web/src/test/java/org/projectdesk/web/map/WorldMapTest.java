package org.projectdesk.web.map;

import org.junit.jupiter.api.Test;
import org.projectdesk.domain.shared.Language;
import org.projectdesk.persistence.publicview.PublishedReferenceData.RegionSummary;
import org.projectdesk.web.map.WorldShapes.Box;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The map drawn from the shapes the build converts from Natural Earth, without a server. */
class WorldMapTest {

    private static final WorldShapes SHAPES = new WorldShapes();
    private static final List<String> EASTERN_PARTNERSHIP = List.of("AM", "AZ", "BY", "GE", "MD", "UA");

    @Test
    void everyCountryOfThePortfolioHasAShapeAndAntarcticaIsLeftOut() {
        for (String code : List.of("AM", "AZ", "BY", "GE", "MD", "UA", "KZ", "KG", "TJ", "TM", "UZ", "BF", "ML", "MR",
                "NE", "TD", "TN", "TR", "ME", "MK", "LB", "FR", "US", "AU")) {
            assertTrue(SHAPES.of(code).isPresent(), code);
        }
        assertFalse(SHAPES.of("AQ").isPresent());
        assertTrue(SHAPES.all().stream().anyMatch(shape -> shape.code() == null), "Kosovo and others as land without a code");
        Box world = SHAPES.world();
        assertEquals(WorldShapes.WIDTH, world.width());
        for (WorldShapes.Shape shape : SHAPES.all()) {
            assertTrue(shape.box().x0() >= world.x0() && shape.box().x1() <= world.x1()
                    && shape.box().y0() >= world.y0() && shape.box().y1() <= world.y1(), shape.code());
            for (int level = 0; level < shape.levels().length; level++) {
                for (int[] ring : shape.rings(level)) {
                    double min = Double.MAX_VALUE;
                    double max = -Double.MAX_VALUE;
                    for (int i = 0; i < ring.length; i += 2) {
                        min = Math.min(min, ring[i]);
                        max = Math.max(max, ring[i]);
                    }
                    assertTrue(max - min < world.width() / 2, () -> shape.code() + ": a ring across the map (cut at the antimeridian?)");
                }
            }
        }
    }

    @Test
    void tonesSpreadTheCountsOverFiveStepsOrOneStepPerCount() {
        assertArrayEquals(new long[]{1, 2, 3}, WorldMap.bounds(3));
        assertArrayEquals(new long[]{2, 4, 6, 8, 10}, WorldMap.bounds(10));
        assertArrayEquals(new long[]{2, 3, 5, 6, 7}, WorldMap.bounds(7));
        assertEquals(1, WorldMap.tone(1, WorldMap.bounds(3)));
        assertEquals(3, WorldMap.tone(2, WorldMap.bounds(3)));
        assertEquals(5, WorldMap.tone(3, WorldMap.bounds(3)));
        assertEquals(5, WorldMap.tone(1, WorldMap.bounds(1)));
        assertEquals(1, WorldMap.tone(2, WorldMap.bounds(10)));
        assertEquals(2, WorldMap.tone(3, WorldMap.bounds(10)));
        assertEquals(5, WorldMap.tone(10, WorldMap.bounds(10)));
    }

    @Test
    void mapZoomsToTheCountriesWithProjectsAndShadesLinksAndNamesThem() {
        WorldMap map = WorldMap.builder(Language.EN)
                .counts(Map.of("AM", 3L, "GE", 2L, "KZ", 1L, "FR", 0L))
                .chosen(List.of("GE"))
                .links(code -> "/countries/" + code.toLowerCase())
                .draw(SHAPES);
        assertTrue(map.isZoomed());
        for (String code : List.of("AM", "GE", "KZ")) {
            assertTrue(contains(map.view(), SHAPES.of(code).orElseThrow().main()), code);
        }
        assertTrue(map.view().width() < WorldShapes.WIDTH * 0.6);
        assertEquals(List.of("AM", "GE", "KZ"), map.getRows().stream().map(WorldMap.Row::code).toList());
        WorldMap.Country armenia = map.getCountries().stream().filter(c -> c.code().equals("AM")).findFirst().orElseThrow();
        assertEquals("Armenia: 3 projects", armenia.label());
        assertEquals("/countries/am", armenia.link());
        assertEquals(5, armenia.tone());
        assertFalse(armenia.path().isEmpty());
        assertTrue(map.getCountries().stream().noneMatch(c -> c.code().equals("FR")), "no projects, not shaded");
        assertTrue(map.getCountries().get(map.getCountries().size() - 1).chosen(), "the chosen country drawn last");
        assertEquals("3 countries have projects; the most are in Armenia (3).", map.getDescription());
        assertEquals(List.of("1", "2", "3"), map.getLegend().stream().map(WorldMap.LegendTone::range).toList());
        assertTrue(map.getViewBox().startsWith("0 0 1000 "));
    }

    @Test
    void projectsAllOverTheWorldShowTheWholeWorldAndWithoutProjectsToo() {
        WorldMap spread = WorldMap.builder(Language.FR).counts(Map.of("US", 1L, "AU", 2L, "AM", 1L)).draw(SHAPES);
        assertFalse(spread.isZoomed());
        assertEquals(0, spread.level(), "the coarsest shapes for the whole world");
        assertEquals("Australie\u00a0: 2 projets", spread.getCountries().stream()
                .filter(c -> c.code().equals("AU")).findFirst().orElseThrow().label());
        WorldMap empty = WorldMap.builder(Language.RU).draw(SHAPES);
        assertFalse(empty.isZoomed());
        assertTrue(empty.getRows().isEmpty());
        assertFalse(empty.getLand().isEmpty());
    }

    @Test
    void aRegionIsOutlinedAroundItsCountriesNotBetweenThem() {
        RegionSummary partnership = new RegionSummary("eastern-partnership", "Eastern Partnership", EASTERN_PARTNERSHIP);
        WorldMap map = WorldMap.builder(Language.EN).counts(Map.of("AM", 1L)).regions(List.of(partnership))
                .focus(EASTERN_PARTNERSHIP).draw(SHAPES);
        assertEquals(1, map.getOutlines().size());
        int level = map.level();
        List<int[][]> members = EASTERN_PARTNERSHIP.stream().map(code -> SHAPES.of(code).orElseThrow().rings(level)).toList();
        int memberEdges = members.stream().flatMapToInt(rings -> java.util.Arrays.stream(rings).mapToInt(r -> r.length / 2)).sum();
        int outlineEdges = MapGeometry.outline(members).stream().mapToInt(line -> line.length / 2 - 1).sum();
        assertTrue(outlineEdges < memberEdges * 0.9, outlineEdges + " of " + memberEdges + ": shared borders left out");
        int[][] armenia = SHAPES.of("AM").orElseThrow().rings(level);
        int armeniaEdges = java.util.Arrays.stream(armenia).mapToInt(r -> r.length / 2 - 1).sum(); // rings end where they start
        assertEquals(armeniaEdges, MapGeometry.outline(List.<int[][]>of(armenia)).stream().mapToInt(line -> line.length / 2 - 1).sum(),
                "a country alone is outlined all round");
    }

    @Test
    void pathsStayWithinTheViewAndAreClippedToIt() {
        WorldMap map = WorldMap.builder(Language.EN).counts(Map.of("AM", 1L)).draw(SHAPES);
        assertEquals(2, map.level(), "a single small country: the finest shapes");
        String all = map.getLand() + map.getCountries().stream().map(WorldMap.Country::path).reduce("", String::concat);
        for (double[] point : absolutePoints(all)) {
            assertTrue(point[0] >= -60 && point[0] <= 1060 && point[1] >= -60 && point[1] <= map.getHeight() + 60,
                    () -> "outside the view: " + point[0] + "," + point[1]);
        }
        int[][] russia = SHAPES.of("RU").orElseThrow().rings(map.level());
        int unclipped = java.util.Arrays.stream(russia).mapToInt(r -> r.length / 2).sum();
        int clipped = MapGeometry.drawingRings(russia, map.view()).stream().mapToInt(r -> r.length / 2).sum();
        assertTrue(clipped < unclipped / 4, clipped + " of " + unclipped + " points of Russia near Armenia");
    }

    private static boolean contains(Box outer, Box inner) {
        return outer.x0() <= inner.x0() && outer.y0() <= inner.y0() && outer.x1() >= inner.x1() && outer.y1() >= inner.y1();
    }

    /** The points of path data made of M (absolute), l (relative) and z. */
    private static List<double[]> absolutePoints(String d) {
        List<double[]> points = new ArrayList<>();
        Matcher command = Pattern.compile("M(-?\\d+) (-?\\d+)l([-\\d ]*)z?").matcher(d);
        while (command.find()) {
            double x = Double.parseDouble(command.group(1));
            double y = Double.parseDouble(command.group(2));
            points.add(new double[]{x, y});
            Matcher number = Pattern.compile("-?\\d+").matcher(command.group(3));
            while (number.find()) {
                x += Double.parseDouble(number.group());
                number.find();
                y += Double.parseDouble(number.group());
                points.add(new double[]{x, y});
            }
        }
        return points;
    }
}

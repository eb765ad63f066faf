package org.projectdesk.web.map;

import org.projectdesk.domain.shared.CountryCode;
import org.projectdesk.domain.shared.InvalidValueException;
import org.projectdesk.domain.shared.Language;
import org.projectdesk.persistence.publicview.PublishedReferenceData.RegionSummary;
import org.projectdesk.web.i18n.Messages;
import org.projectdesk.web.map.WorldShapes.Box;
import org.projectdesk.web.map.WorldShapes.Shape;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A map of the published projects, ready for the page ({@code WEB-INF/includes/world-map.xhtml})
 * and the factsheet: the part of the world that holds the countries asked about, every country
 * with projects shaded by how many (five tones, each at least 3:1 against the land and the sea),
 * named with its count for assistive technology and linked to its page, the chosen countries and
 * the regions outlined, a legend and the same figures as a table. Built with {@link #builder}.
 */
public final class WorldMap {

    /** Tones of shading, lightest first. */
    public static final int TONES = 5;
    /** Countries whose largest part is narrower than this (drawing units) get a dot, so they can be seen and clicked. */
    private static final int DOT_BELOW = 8;
    /** Countries whose largest part is at least this wide (drawing units) have their count written on them. */
    private static final int FIGURE_FROM = 30;

    private final Box view;
    private final int level;
    private final Box visible;
    private final WorldShapes shapes;
    private final String land;
    private final List<Country> countries;
    private final List<Outline> outlines;
    private final List<LegendTone> legend;
    private final List<Row> rows;
    private final String description;
    private final boolean zoomed;
    private final boolean anyChosen;

    private WorldMap(Builder b, WorldShapes shapes) {
        Language language = b.language;
        Map<String, Long> counts = new LinkedHashMap<>();
        b.counts.forEach((code, count) -> {
            if (count > 0) {
                counts.put(code.toUpperCase(Locale.ROOT), count);
            }
        });
        Set<String> focus = new LinkedHashSet<>(b.focus == null ? counts.keySet() : b.focus);
        if (b.focus == null) {
            focus.addAll(b.chosen);
        }
        for (RegionSummary region : b.regions) {
            if (b.focus == null && counts.isEmpty()) {
                focus.addAll(region.members());
            }
        }
        List<Box> boxes = focus.stream().map(shapes::of).flatMap(Optional::stream).map(Shape::main).toList();
        view = MapGeometry.view(boxes, shapes.world());
        zoomed = !view.equals(shapes.world());
        level = MapGeometry.level(view, shapes.all().get(0).levels().length);
        visible = view.grow(view.width() * 0.02);
        this.shapes = shapes;

        long max = counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
        long[] bounds = bounds(max);
        StringBuilder plain = new StringBuilder();
        List<Country> drawn = new ArrayList<>();
        for (Shape shape : shapes.all()) {
            if (!shape.box().intersects(visible)) {
                continue;
            }
            String d = MapGeometry.path(shape.rings(level), view);
            long count = shape.code() == null ? 0 : counts.getOrDefault(shape.code(), 0L);
            boolean chosen = shape.code() != null && b.chosen.contains(shape.code());
            if (count == 0 && !chosen) {
                plain.append(d);
                continue;
            }
            long[] label = MapGeometry.point(shape.labelX(), shape.labelY(), view);
            double scale = MapGeometry.scale(view);
            boolean dot = d.isEmpty() || shape.main().width() * scale < DOT_BELOW && shape.main().height() * scale < DOT_BELOW;
            boolean figure = count > 0 && shape.main().width() * scale >= FIGURE_FROM;
            String name = name(shape.code(), language);
            drawn.add(new Country(shape.code(), name, count, count == 0 ? 0 : tone(count, bounds), d,
                    b.links.apply(shape.code()), Messages.format(language, "map.country", name, count),
                    Messages.number(language, count), label[0], label[1], dot, figure, chosen));
        }
        land = plain.toString();
        drawn.sort(Comparator.comparing(Country::chosen));
        countries = List.copyOf(drawn);
        anyChosen = countries.stream().anyMatch(Country::chosen);

        List<Outline> regionOutlines = new ArrayList<>();
        for (RegionSummary region : b.regions) {
            List<int[][]> members = region.members().stream().map(shapes::of).flatMap(Optional::stream)
                    .filter(shape -> shape.box().intersects(visible)).map(shape -> shape.rings(level)).toList();
            if (!members.isEmpty()) {
                regionOutlines.add(new Outline(region.code(), region.name(),
                        MapGeometry.lines(MapGeometry.outline(members), view)));
            }
        }
        outlines = List.copyOf(regionOutlines);
        legend = legend(bounds, language);

        Collator collator = Collator.getInstance(language.locale());
        rows = counts.entrySet().stream()
                .map(entry -> new Row(entry.getKey(), name(entry.getKey(), language), entry.getValue(),
                        Messages.number(language, entry.getValue()), b.links.apply(entry.getKey())))
                .sorted(Comparator.comparingLong(Row::count).reversed().thenComparing(Row::name, collator))
                .toList();
        description = rows.isEmpty() ? Messages.format(language, "map.description.none")
                : Messages.format(language, "map.description", rows.size(), rows.get(0).name(), rows.get(0).count());
    }

    public static Builder builder(Language language) {
        return new Builder(language);
    }

    /** The upper bound of each tone: equal steps up to the largest count, one tone per count when there are few. */
    static long[] bounds(long max) {
        int tones = (int) Math.min(TONES, max);
        long[] bounds = new long[tones];
        for (int i = 1; i <= tones; i++) {
            bounds[i - 1] = (max * i + tones - 1) / tones;
        }
        return bounds;
    }

    /** The tone of a count, 1 (lightest) to {@value #TONES}, spread over all tones when there are fewer steps. */
    static int tone(long count, long[] bounds) {
        int step = 0;
        while (step < bounds.length - 1 && count > bounds[step]) {
            step++;
        }
        return bounds.length == 1 ? TONES : 1 + Math.round(step * (TONES - 1f) / (bounds.length - 1));
    }

    private static List<LegendTone> legend(long[] bounds, Language language) {
        List<LegendTone> tones = new ArrayList<>();
        long from = 1;
        for (long bound : bounds) {
            String range = from == bound ? Messages.number(language, bound)
                    : Messages.format(language, "map.legend.range", from, bound);
            tones.add(new LegendTone(tone(bound, bounds), range));
            from = bound + 1;
        }
        return List.copyOf(tones);
    }

    private static String name(String code, Language language) {
        try {
            return CountryCode.of(code).displayName(language);
        } catch (InvalidValueException e) {
            return code;
        }
    }

    /** The SVG viewBox: the drawing is always {@value MapGeometry#DRAWING_WIDTH} units wide. */
    public String getViewBox() {
        return "0 0 " + MapGeometry.DRAWING_WIDTH + " " + getHeight();
    }

    public int getWidth() {
        return MapGeometry.DRAWING_WIDTH;
    }

    public int getHeight() {
        return MapGeometry.drawingHeight(view);
    }

    /** Every country drawn without projects, as one path. */
    public String getLand() {
        return land;
    }

    /** The countries with projects (and the chosen ones), the chosen last so their outline shows. */
    public List<Country> getCountries() {
        return countries;
    }

    public List<Outline> getOutlines() {
        return outlines;
    }

    public List<LegendTone> getLegend() {
        return legend;
    }

    /** Every country with projects, most first: the map as a table (also those too small to draw). */
    public List<Row> getRows() {
        return rows;
    }

    /** What the map shows, in a sentence (its text alternative). */
    public String getDescription() {
        return description;
    }

    /** Whether the map shows a part of the world rather than all of it. */
    public boolean isZoomed() {
        return zoomed;
    }

    public boolean isAnyChosen() {
        return anyChosen;
    }

    /**
     * Hands every shape the map shows to the tracer, its rings clipped to the view and in the
     * drawing's coordinates ({@link #getWidth()} by {@link #getHeight()}, y downwards): for
     * drawing the same map elsewhere than in SVG.
     */
    public void trace(Tracer tracer) {
        for (Shape shape : shapes.all()) {
            if (shape.box().intersects(visible)) {
                List<double[]> rings = MapGeometry.drawingRings(shape.rings(level), view);
                if (!rings.isEmpty()) {
                    tracer.shape(shape.code(), rings);
                }
            }
        }
    }

    /** Receives the shapes of a map, see {@link #trace}. */
    @FunctionalInterface
    public interface Tracer {
        /**
         * @param code  the country's ISO code; null for land without one
         * @param rings each ring as x, y pairs
         */
        void shape(String code, List<double[]> rings);
    }

    /** The part of the world shown, in map units. */
    public Box view() {
        return view;
    }

    /** The level of detail the shapes are drawn in. */
    public int level() {
        return level;
    }

    /**
     * A country drawn on its own: shaded ({@code tone} 1 to 5; 0 without projects, when only chosen).
     *
     * @param label  its name and count, for assistive technology and as a tooltip
     * @param figure the count, written at ({@code x}, {@code y}) when {@code written}
     * @param dot    whether it is too small to see, so a dot marks it at ({@code x}, {@code y})
     */
    public record Country(String code, String name, long count, int tone, String path, String link, String label,
                          String figure, long x, long y, boolean dot, boolean written, boolean chosen) {
    }

    /** A region's outline, as one path. */
    public record Outline(String code, String name, String path) {
    }

    /** One tone of the legend and the counts it stands for. */
    public record LegendTone(int tone, String range) {
    }

    /** A country with projects, as the table beside the map lists it. */
    public record Row(String code, String name, long count, String figure, String link) {
    }

    /** What to draw. */
    public static final class Builder {
        private final Language language;
        private Map<String, Long> counts = Map.of();
        private Set<String> chosen = Set.of();
        private List<RegionSummary> regions = List.of();
        private Collection<String> focus;
        private Function<String, String> links = code -> null;

        private Builder(Language language) {
            this.language = language;
        }

        /** Projects per country code: what is shaded. */
        public Builder counts(Map<String, Long> value) {
            counts = Map.copyOf(value);
            return this;
        }

        /** Countries chosen in the filters (or the page's own country): outlined. */
        public Builder chosen(Collection<String> codes) {
            chosen = Set.copyOf(codes.stream().map(code -> code.toUpperCase(Locale.ROOT)).toList());
            return this;
        }

        /** Regions whose countries are outlined together. */
        public Builder regions(List<RegionSummary> value) {
            regions = List.copyOf(value);
            return this;
        }

        /** The countries to show (the map zooms to them); by default those with projects and the chosen ones. */
        public Builder focus(Collection<String> codes) {
            focus = codes.stream().map(code -> code.toUpperCase(Locale.ROOT)).toList();
            return this;
        }

        /** Each country's address. */
        public Builder links(Function<String, String> value) {
            links = value;
            return this;
        }

        public WorldMap draw(WorldShapes shapes) {
            return new WorldMap(this, shapes);
        }
    }
}

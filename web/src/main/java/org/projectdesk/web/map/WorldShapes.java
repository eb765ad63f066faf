package org.projectdesk.web.map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The country shapes every map is drawn from, read once from the resource the build converts from
 * Natural Earth ({@code web/src/build/world-map}): per ISO 3166-1 alpha-2 code the rings of the
 * country projected (Equal Earth) onto a plane {@value #WIDTH} units wide, in three levels of
 * detail, with the bounding box of the whole country, of its largest part (what maps zoom to, so
 * that France means Europe and not also Guiana) and the point where its figure is written. Shapes
 * without a code (Kosovo, Northern Cyprus, Somaliland …) are drawn as land without a link.
 */
@ApplicationScoped
public class WorldShapes {

    /** The world's width in map units (hundredths of the converter's unit). */
    public static final int WIDTH = 100_000;
    static final String RESOURCE = "/org/projectdesk/web/map/world-map.json";

    private final List<Shape> shapes;
    private final Map<String, Shape> byCode;
    private final int height;

    public WorldShapes() {
        this(WorldShapes.class.getResourceAsStream(RESOURCE));
    }

    WorldShapes(InputStream resource) {
        if (resource == null) {
            throw new IllegalStateException("The world map " + RESOURCE + " is missing from the application (built by web/src/build/world-map)");
        }
        try (InputStream in = resource; JsonReader reader = Json.createReader(in)) {
            JsonObject map = reader.readObject();
            height = map.getInt("height");
            List<Shape> read = new ArrayList<>();
            Map<String, Shape> codes = new LinkedHashMap<>();
            for (JsonValue value : map.getJsonArray("countries")) {
                Shape shape = shape(value.asJsonObject());
                read.add(shape);
                if (shape.code() != null) {
                    codes.put(shape.code(), shape);
                }
            }
            shapes = Collections.unmodifiableList(read);
            byCode = Collections.unmodifiableMap(codes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every shape, those without a code included. */
    public List<Shape> all() {
        return shapes;
    }

    /** The shape of a country, by ISO code (either case); none for a country too small for Natural Earth's 1:50m shapes. */
    public Optional<Shape> of(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code.toUpperCase(java.util.Locale.ROOT)));
    }

    /** The whole map: the world without Antarctica. */
    public Box world() {
        return new Box(0, 0, WIDTH, height);
    }

    private static Shape shape(JsonObject json) {
        JsonArray levels = json.getJsonArray("levels");
        int[][][] rings = new int[levels.size()][][];
        for (int level = 0; level < levels.size(); level++) {
            JsonArray ringList = levels.getJsonArray(level);
            rings[level] = new int[ringList.size()][];
            for (int r = 0; r < ringList.size(); r++) {
                rings[level][r] = undelta(ringList.getJsonArray(r));
            }
        }
        String code = json.isNull("code") ? null : json.getString("code");
        return new Shape(code, box(json.getJsonArray("box")), box(json.getJsonArray("main")),
                json.getJsonArray("label").getInt(0), json.getJsonArray("label").getInt(1), rings);
    }

    private static int[] undelta(JsonArray encoded) {
        int[] points = new int[encoded.size()];
        for (int i = 0; i < points.length; i++) {
            int value = ((JsonNumber) encoded.get(i)).intValue();
            points[i] = i < 2 ? value : points[i - 2] + value;
        }
        return points;
    }

    private static Box box(JsonArray json) {
        return new Box(json.getInt(0), json.getInt(1), json.getInt(2), json.getInt(3));
    }

    /**
     * One country (or land without a code).
     *
     * @param levels per level of detail (0 the coarsest), the rings as x, y pairs in map units
     */
    public record Shape(String code, Box box, Box main, int labelX, int labelY, int[][][] levels) {

        public int[][] rings(int level) {
            return levels[level];
        }
    }

    /** A rectangle in map units (y grows downwards). */
    public record Box(double x0, double y0, double x1, double y1) {

        public double width() {
            return x1 - x0;
        }

        public double height() {
            return y1 - y0;
        }

        public boolean intersects(Box other) {
            return x0 <= other.x1 && other.x0 <= x1 && y0 <= other.y1 && other.y0 <= y1;
        }

        public Box union(Box other) {
            return new Box(Math.min(x0, other.x0), Math.min(y0, other.y0), Math.max(x1, other.x1), Math.max(y1, other.y1));
        }

        public Box grow(double margin) {
            return new Box(x0 - margin, y0 - margin, x1 + margin, y1 + margin);
        }
    }
}

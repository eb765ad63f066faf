package org.projectdesk.web.map;

import org.projectdesk.web.map.WorldShapes.Box;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The arithmetic of drawing shapes: which part of the world a map shows, at which level of detail,
 * and how rings become compact SVG path data in the map's own coordinates (the view 1000 units
 * wide, whole units, so a map's data stays small whatever it shows).
 */
final class MapGeometry {

    /** Width of every drawing in its own units (its viewBox). */
    static final int DRAWING_WIDTH = 1000;
    /** The narrowest view, as a share of the world's width: a small country still shows its neighbours. */
    static final double MIN_VIEW_SHARE = 0.09;
    /** Views wider than this share of the world show the whole world instead. */
    static final double WHOLE_WORLD_SHARE = 0.6;
    static final double MIN_RATIO = 1.3;
    static final double MAX_RATIO = 2.2;

    private MapGeometry() {
    }

    /**
     * The part of the world to show around the focus boxes: their union with a margin, at least
     * {@link #MIN_VIEW_SHARE} of the world wide, between {@link #MIN_RATIO} and {@link #MAX_RATIO}
     * times as wide as high, kept within the world; the whole world without focus or when the
     * focus spreads over most of it.
     */
    static Box view(Collection<Box> focus, Box world) {
        if (focus.isEmpty()) {
            return world;
        }
        Box union = focus.stream().reduce(Box::union).orElseThrow();
        double margin = Math.max(union.width(), union.height()) * 0.12 + world.width() * 0.015;
        Box padded = union.grow(margin);
        double width = Math.max(padded.width(), world.width() * MIN_VIEW_SHARE);
        double height = padded.height();
        if (width / height > MAX_RATIO) {
            height = width / MAX_RATIO;
        } else if (width / height < MIN_RATIO) {
            width = height * MIN_RATIO;
        }
        if (width > world.width() * WHOLE_WORLD_SHARE) {
            return world;
        }
        double cx = (padded.x0() + padded.x1()) / 2;
        double cy = (padded.y0() + padded.y1()) / 2;
        double x0 = clamp(cx - width / 2, world.x0(), world.x1() - width);
        double y0 = height >= world.height() ? (world.y0() + world.y1() - height) / 2
                : clamp(cy - height / 2, world.y0(), world.y1() - height);
        return new Box(x0, y0, x0 + width, y0 + height);
    }

    /** The level of detail for a view: coarse for the world, finer the closer the view. */
    static int level(Box view, int levels) {
        double share = view.width() / WorldShapes.WIDTH;
        int level = share >= 0.45 ? 0 : share >= 0.13 ? 1 : 2;
        return Math.min(level, levels - 1);
    }

    /** How many drawing units one map unit is in this view. */
    static double scale(Box view) {
        return DRAWING_WIDTH / view.width();
    }

    /** The drawing's height for the view. */
    static int drawingHeight(Box view) {
        return (int) Math.round(view.height() * scale(view));
    }

    /**
     * The rings as SVG path data in the drawing's coordinates: clipped to the view (with a margin,
     * so clipped edges never show), rounded to whole units, repeated points dropped, rings that
     * shrink below a triangle left out. Empty when nothing of them shows.
     */
    static String path(int[][] rings, Box view) {
        double scale = scale(view);
        Box clip = view.grow(view.width() * 0.05);
        StringBuilder d = new StringBuilder();
        for (int[] ring : rings) {
            appendRing(d, clip(ring, clip), view, scale, true);
        }
        return d.toString();
    }

    /** The rings clipped to the view (with a margin) in the drawing's coordinates, unrounded: for drawing elsewhere than in SVG. */
    static List<double[]> drawingRings(int[][] rings, Box view) {
        double scale = scale(view);
        Box clip = view.grow(view.width() * 0.05);
        List<double[]> drawn = new ArrayList<>();
        for (int[] ring : rings) {
            double[] points = clip(ring, clip);
            if (points.length >= 6) {
                for (int i = 0; i < points.length; i += 2) {
                    points[i] = (points[i] - view.x0()) * scale;
                    points[i + 1] = (points[i + 1] - view.y0()) * scale;
                }
                drawn.add(points);
            }
        }
        return drawn;
    }

    /** Open lines (outlines) as SVG path data in the drawing's coordinates. */
    static String lines(List<int[]> lines, Box view) {
        double scale = scale(view);
        StringBuilder d = new StringBuilder();
        for (int[] line : lines) {
            double[] points = new double[line.length];
            for (int i = 0; i < line.length; i++) {
                points[i] = line[i];
            }
            appendRing(d, points, view, scale, false);
        }
        return d.toString();
    }

    /** A point of the map in the drawing's coordinates. */
    static long[] point(double x, double y, Box view) {
        double scale = scale(view);
        return new long[]{Math.round((x - view.x0()) * scale), Math.round((y - view.y0()) * scale)};
    }

    private static void appendRing(StringBuilder d, double[] points, Box view, double scale, boolean closed) {
        long[] xs = new long[points.length / 2];
        long[] ys = new long[points.length / 2];
        int n = 0;
        for (int i = 0; i < points.length; i += 2) {
            long x = Math.round((points[i] - view.x0()) * scale);
            long y = Math.round((points[i + 1] - view.y0()) * scale);
            if (n == 0 || x != xs[n - 1] || y != ys[n - 1]) {
                xs[n] = x;
                ys[n] = y;
                n++;
            }
        }
        if (closed && n > 1 && xs[0] == xs[n - 1] && ys[0] == ys[n - 1]) {
            n--;
        }
        if (n < (closed ? 3 : 2)) {
            return;
        }
        d.append('M').append(xs[0]).append(' ').append(ys[0]).append('l');
        for (int i = 1; i < n; i++) {
            number(d, xs[i] - xs[i - 1], i > 1);
            number(d, ys[i] - ys[i - 1], true);
        }
        if (closed) {
            d.append('z');
        }
    }

    /** Appends a number, with a space before it unless it is the first or its minus sign separates it. */
    private static void number(StringBuilder d, long value, boolean separate) {
        if (separate && value >= 0) {
            d.append(' ');
        }
        d.append(value);
    }

    /**
     * Clips a closed ring to a rectangle (Sutherland–Hodgman, one side after the other). Parts
     * outside become edges along the rectangle, which lies beyond what the map shows.
     */
    static double[] clip(int[] ring, Box box) {
        double[] points = new double[ring.length];
        boolean inside = true;
        for (int i = 0; i < ring.length; i += 2) {
            points[i] = ring[i];
            points[i + 1] = ring[i + 1];
            inside &= ring[i] >= box.x0() && ring[i] <= box.x1() && ring[i + 1] >= box.y0() && ring[i + 1] <= box.y1();
        }
        if (inside) {
            return points;
        }
        points = clipSide(points, 0, box.x0(), true);
        points = clipSide(points, 0, box.x1(), false);
        points = clipSide(points, 1, box.y0(), true);
        return clipSide(points, 1, box.y1(), false);
    }

    /** Keeps the part of the ring on one side of a vertical ({@code axis} 0) or horizontal (1) line. */
    private static double[] clipSide(double[] points, int axis, double limit, boolean keepAbove) {
        int n = points.length / 2;
        if (n == 0) {
            return points;
        }
        double[] out = new double[points.length * 2 + 4];
        int size = 0;
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            double[] a = {points[2 * i], points[2 * i + 1]};
            double[] b = {points[2 * j], points[2 * j + 1]};
            boolean aIn = keepAbove ? a[axis] >= limit : a[axis] <= limit;
            boolean bIn = keepAbove ? b[axis] >= limit : b[axis] <= limit;
            if (aIn) {
                out[size++] = a[0];
                out[size++] = a[1];
            }
            if (aIn != bIn) {
                double t = (limit - a[axis]) / (b[axis] - a[axis]);
                out[size++] = a[0] + t * (b[0] - a[0]);
                out[size++] = a[1] + t * (b[1] - a[1]);
            }
        }
        double[] result = new double[size];
        System.arraycopy(out, 0, result, 0, size);
        return result;
    }

    /**
     * The outline of several countries together: the edges of their rings that no other of them
     * shares (neighbours meet on exactly the same points, as the shapes were simplified along
     * shared borders), joined into lines.
     */
    static List<int[]> outline(Collection<int[][]> members) {
        Map<Edge, Integer> edges = new HashMap<>();
        for (int[][] rings : members) {
            for (int[] ring : rings) {
                int n = ring.length / 2;
                for (int i = 0; i < n; i++) {
                    int j = (i + 1) % n;
                    if (ring[2 * i] != ring[2 * j] || ring[2 * i + 1] != ring[2 * j + 1]) {
                        edges.merge(Edge.between(ring[2 * i], ring[2 * i + 1], ring[2 * j], ring[2 * j + 1]), 1, Integer::sum);
                    }
                }
            }
        }
        Map<Long, List<Edge>> atPoint = new HashMap<>();
        edges.forEach((edge, count) -> {
            if (count == 1) {
                atPoint.computeIfAbsent(key(edge.x1(), edge.y1()), k -> new ArrayList<>()).add(edge);
                atPoint.computeIfAbsent(key(edge.x2(), edge.y2()), k -> new ArrayList<>()).add(edge);
            }
        });
        List<int[]> lines = new ArrayList<>();
        while (!atPoint.isEmpty()) {
            Edge first = atPoint.values().iterator().next().get(0);
            List<Integer> line = new ArrayList<>(List.of(first.x1(), first.y1()));
            int x = first.x1();
            int y = first.y1();
            Edge edge = first;
            while (edge != null) {
                use(atPoint, edge);
                boolean forward = edge.x1() == x && edge.y1() == y;
                x = forward ? edge.x2() : edge.x1();
                y = forward ? edge.y2() : edge.y1();
                line.add(x);
                line.add(y);
                List<Edge> next = atPoint.get(key(x, y));
                edge = next == null ? null : next.get(0);
            }
            lines.add(line.stream().mapToInt(Integer::intValue).toArray());
        }
        return lines;
    }

    private static void use(Map<Long, List<Edge>> atPoint, Edge edge) {
        for (long point : new long[]{key(edge.x1(), edge.y1()), key(edge.x2(), edge.y2())}) {
            List<Edge> there = atPoint.get(point);
            there.remove(edge);
            if (there.isEmpty()) {
                atPoint.remove(point);
            }
        }
    }

    private static long key(int x, int y) {
        return ((long) x << 32) | (y & 0xffffffffL);
    }

    private static double clamp(double value, double min, double max) {
        return max < min ? min : Math.max(min, Math.min(max, value));
    }

    /** An edge regardless of its direction: its smaller end first. */
    private record Edge(int x1, int y1, int x2, int y2) {
        static Edge between(int ax, int ay, int bx, int by) {
            return ax < bx || ax == bx && ay <= by ? new Edge(ax, ay, bx, by) : new Edge(bx, by, ax, ay);
        }
    }
}

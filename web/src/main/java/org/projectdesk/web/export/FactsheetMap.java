package org.projectdesk.web.export;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import org.projectdesk.domain.shared.Language;
import org.projectdesk.web.map.WorldMap;
import org.projectdesk.web.map.WorldShapes;

import java.awt.Color;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The factsheet's map: the part of the world around the project's countries, drawn with PDF
 * vector paths from the same shapes and the same choice of view as the pages' maps, the project's
 * countries in the map's darkest blue but one, the others in the land's grey.
 */
final class FactsheetMap {

    private static final Color SEA = new Color(0xf3, 0xf7, 0xfb);
    private static final Color LAND = new Color(0xe1, 0xe6, 0xec);
    private static final Color HIGHLIGHT = new Color(0x1c, 0x4f, 0x8c);
    private static final Color BORDER = Color.WHITE;
    private static final Color FRAME = new Color(0xd9, 0xe2, 0xec);

    private FactsheetMap() {
    }

    /**
     * The map as an image of vector graphics, {@code width} points wide; none when no country of
     * the project has a shape.
     */
    static Optional<Image> draw(PdfWriter writer, WorldShapes shapes, Collection<String> countries,
                                          Language language, float width) {
        Set<String> codes = countries.stream().map(code -> code.toUpperCase(Locale.ROOT))
                .filter(code -> shapes.of(code).isPresent()).collect(Collectors.toSet());
        if (codes.isEmpty()) {
            return Optional.empty();
        }
        WorldMap map = WorldMap.builder(language)
                .counts(codes.stream().collect(Collectors.toMap(Function.identity(), code -> 1L)))
                .draw(shapes);
        float scale = width / map.getWidth();
        float height = map.getHeight() * scale;
        PdfTemplate template = writer.getDirectContent().createTemplate(width, height);
        template.setColorFill(SEA);
        template.rectangle(0, 0, width, height);
        template.fill();
        template.setLineWidth(0.4f);
        template.setColorStroke(BORDER);
        map.trace((code, rings) -> {
            template.setColorFill(code != null && codes.contains(code) ? HIGHLIGHT : LAND);
            for (double[] ring : rings) {
                template.moveTo((float) ring[0] * scale, height - (float) ring[1] * scale);
                for (int i = 2; i < ring.length; i += 2) {
                    template.lineTo((float) ring[i] * scale, height - (float) ring[i + 1] * scale);
                }
                template.closePath();
            }
            template.eoFillStroke();
        });
        template.setColorStroke(FRAME);
        template.setLineWidth(1f);
        template.rectangle(0, 0, width, height);
        template.stroke();
        try {
            return Optional.of(Image.getInstance(template));
        } catch (BadElementException e) {
            throw new IllegalStateException("The factsheet's map could not be placed", e);
        }
    }
}

package io.hrassist.resume.document;

import io.hrassist.events.FlagDetails;
import java.awt.geom.Area;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceCMYKColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceRGBColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingDeviceCMYKColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingDeviceRGBColor;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageTree;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.state.PDGraphicsState;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

/**
 * Extracts only the text a reader sees: glyphs drawn invisibly, in white, under {@value #MIN_POINTS} pt, outside the
 * page or outside the clipping area go to {@link HiddenText} instead. Every operator first checks the time budget.
 */
final class VisibleTextStripper extends PDFTextStripper {

    static final float MIN_POINTS = 2f;
    private static final float TOLERANCE = 1f;
    private static final int WHITE = 0xF0;

    private static final Set<String> PAINT_PATH = Set.of("n", "f", "F", "f*", "S", "s", "B", "B*", "b", "b*");

    private final HiddenText hidden = new HiddenText();
    private final PdfBudget budget;
    private PDRectangle pageBox;
    private Rectangle2D pendingRectangle;
    private boolean clipPending;

    /** The text stripper ignores colours and clipping; these operators keep them in the graphics state. */
    VisibleTextStripper(PdfBudget budget) {
        this.budget = budget;
        addOperator(new SetNonStrokingColor(this));
        addOperator(new SetNonStrokingColorN(this));
        addOperator(new SetNonStrokingColorSpace(this));
        addOperator(new SetNonStrokingDeviceGrayColor(this));
        addOperator(new SetNonStrokingDeviceRGBColor(this));
        addOperator(new SetNonStrokingDeviceCMYKColor(this));
        addOperator(new SetStrokingColor(this));
        addOperator(new SetStrokingColorN(this));
        addOperator(new SetStrokingColorSpace(this));
        addOperator(new SetStrokingDeviceGrayColor(this));
        addOperator(new SetStrokingDeviceRGBColor(this));
        addOperator(new SetStrokingDeviceCMYKColor(this));
    }

    HiddenText hidden() {
        return hidden;
    }

    /**
     * Only the first {@value PdfText#MAX_PAGES} pages, through a page tree of their own: PDFBox's page iterator resolves
     * every page of the document first, seconds for a PDF of 100,000 empty pages. Each page keeps its own parent, so
     * inherited resources still resolve.
     */
    @Override
    protected void processPages(PDPageTree pages) throws IOException {
        var first = new COSArray();
        try {
            for (int i = 0; i < Math.min(pages.getCount(), PdfText.MAX_PAGES); i++) {
                budget.checkTime();
                first.add(pages.get(i).getCOSObject());
            }
        } catch (IllegalStateException | IndexOutOfBoundsException e) {
            // a page tree whose counts lie: read the pages found so far
        }
        var tree = new COSDictionary();
        tree.setItem(COSName.TYPE, COSName.PAGES);
        tree.setItem(COSName.KIDS, first);
        tree.setInt(COSName.COUNT, first.size());
        super.processPages(new PDPageTree(tree));
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        budget.checkTime();
        pageBox = page.getCropBox();
        super.startPage(page);
    }

    /** Tracks rectangular clipping paths ({@code x y w h re W n}), the usual way to clip text out of sight. */
    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        budget.checkTime();
        String name = operator.getName();
        if (name.equals("re") && operands.size() == 4 && operands.stream().allMatch(o -> o instanceof COSNumber)) {
            float x = ((COSNumber) operands.get(0)).floatValue();
            float y = ((COSNumber) operands.get(1)).floatValue();
            float w = ((COSNumber) operands.get(2)).floatValue();
            float h = ((COSNumber) operands.get(3)).floatValue();
            Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
            var a = ctm.transformPoint(x, y);
            var b = ctm.transformPoint(x + w, y + h);
            pendingRectangle = new Rectangle2D.Float(
                    (float) Math.min(a.getX(), b.getX()), (float) Math.min(a.getY(), b.getY()),
                    (float) Math.abs(b.getX() - a.getX()), (float) Math.abs(b.getY() - a.getY()));
        } else if (name.equals("W") || name.equals("W*")) {
            clipPending = true;
        } else if (PAINT_PATH.contains(name)) {
            if (clipPending && pendingRectangle != null) {
                getGraphicsState().intersectClippingPath(new Area(pendingRectangle));
            }
            clipPending = false;
            pendingRectangle = null;
        } else if (name.equals("m") || name.equals("l") || name.equals("c") || name.equals("v") || name.equals("y")) {
            pendingRectangle = null;
        }
        super.processOperator(operator, operands);
    }

    @Override
    protected void writeLineSeparator() throws IOException {
        hidden.lineBreak();
        super.writeLineSeparator();
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        FlagDetails.Hidden reason = hiddenBecause(text);
        if (reason == null) {
            super.processTextPosition(text);
        } else {
            hidden.add(reason, text.getUnicode());
        }
    }

    private FlagDetails.Hidden hiddenBecause(TextPosition text) {
        PDGraphicsState state = getGraphicsState();
        RenderingMode mode = state.getTextState().getRenderingMode();
        if (mode == RenderingMode.NEITHER || mode == RenderingMode.NEITHER_CLIP) {
            return FlagDetails.Hidden.INVISIBLE;
        }
        if (text.getFontSizeInPt() < MIN_POINTS) {
            return FlagDetails.Hidden.TINY;
        }
        if (isWhite(mode.isFill() ? state.getNonStrokingColor() : state.getStrokingColor())) {
            return FlagDetails.Hidden.WHITE;
        }
        float x = text.getTextMatrix().getTranslateX();
        float y = text.getTextMatrix().getTranslateY();
        if (pageBox != null && !inside(x, y, pageBox)) {
            return FlagDetails.Hidden.OUTSIDE;
        }
        Area clip = state.getCurrentClippingPath();
        if (clip != null
                && !clip.isEmpty()
                && !clip.getBounds2D().contains(x + TOLERANCE, y + TOLERANCE)
                && !clip.getBounds2D().contains(x, y)) {
            return FlagDetails.Hidden.CLIPPED;
        }
        return null;
    }

    private static boolean inside(float x, float y, PDRectangle box) {
        return x >= box.getLowerLeftX() - TOLERANCE
                && x <= box.getUpperRightX() + TOLERANCE
                && y >= box.getLowerLeftY() - TOLERANCE
                && y <= box.getUpperRightY() + TOLERANCE;
    }

    private static boolean isWhite(PDColor color) {
        try {
            int rgb = color.toRGB();
            return ((rgb >> 16) & 0xFF) >= WHITE && ((rgb >> 8) & 0xFF) >= WHITE && (rgb & 0xFF) >= WHITE;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}

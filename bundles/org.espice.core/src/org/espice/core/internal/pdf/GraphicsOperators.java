package org.espice.core.internal.pdf;

import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.DrawObject;
import org.apache.pdfbox.contentstream.operator.MissingOperandException;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorName;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
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
import org.apache.pdfbox.contentstream.operator.state.SetLineDashPattern;
import org.apache.pdfbox.contentstream.operator.state.SetLineWidth;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.MissingResourceException;
import org.apache.pdfbox.pdmodel.PDResources;

/**
 * Adds the path, painting, image, line and colour operators of PDFBox's graphics engine to a text engine, so that
 * one pass over a page's content gives both its text and its drawing ({@link PageGraphics}). They behave as the
 * graphics engine's operators do (points through the current transformation, {@code s} as {@code h S}, ...), with
 * one difference: a failure in them never reaches the text. A missing operand or resource is skipped as PDFBox
 * skips it; any other failure marks the page's drawing unreadable ({@link PageGraphics#failed}).
 */
public final class GraphicsOperators {

	private GraphicsOperators() {
	}

	/** Registers the operators on {@code engine}; its own {@code Do} keeps showing forms, images go to the graphics. */
	public static void register(PDFStreamEngine engine, PageGraphics g) {
		path(engine, g, OperatorName.MOVE_TO, 2, n -> {
			Point2D.Float p = engine.transformedPoint(n[0], n[1]);
			g.moveTo(p.x, p.y);
		});
		path(engine, g, OperatorName.LINE_TO, 2, n -> {
			Point2D.Float p = engine.transformedPoint(n[0], n[1]);
			g.lineTo(p.x, p.y);
		});
		path(engine, g, OperatorName.CURVE_TO, 6, n -> curve(engine, g, n[0], n[1], n[2], n[3], n[4], n[5]));
		path(engine, g, OperatorName.CURVE_TO_REPLICATE_INITIAL_POINT, 4, n -> {
			// the first control point is the current point, already in user space
			Point2D c = g.getCurrentPoint();
			Point2D.Float p2 = engine.transformedPoint(n[0], n[1]);
			Point2D.Float p3 = engine.transformedPoint(n[2], n[3]);
			g.curveTo((float) c.getX(), (float) c.getY(), p2.x, p2.y, p3.x, p3.y);
		});
		path(engine, g, OperatorName.CURVE_TO_REPLICATE_FINAL_POINT, 4,
				n -> curve(engine, g, n[0], n[1], n[2], n[3], n[2], n[3]));
		path(engine, g, OperatorName.CLOSE_PATH, 0, n -> g.closePath());
		path(engine, g, OperatorName.APPEND_RECT, 4, n -> g.appendRectangle(engine.transformedPoint(n[0], n[1]),
				engine.transformedPoint(n[0] + n[2], n[1]), engine.transformedPoint(n[0] + n[2], n[1] + n[3]),
				engine.transformedPoint(n[0], n[1] + n[3])));
		path(engine, g, OperatorName.STROKE_PATH, 0, n -> g.strokePath());
		path(engine, g, OperatorName.CLOSE_AND_STROKE, 0, n -> {
			g.closePath();
			g.strokePath();
		});
		path(engine, g, OperatorName.FILL_NON_ZERO, 0, n -> g.fillPath(Path2D.WIND_NON_ZERO));
		path(engine, g, OperatorName.LEGACY_FILL_NON_ZERO, 0, n -> g.fillPath(Path2D.WIND_NON_ZERO));
		path(engine, g, OperatorName.FILL_EVEN_ODD, 0, n -> g.fillPath(Path2D.WIND_EVEN_ODD));
		path(engine, g, OperatorName.FILL_NON_ZERO_AND_STROKE, 0, n -> g.fillAndStrokePath(Path2D.WIND_NON_ZERO));
		path(engine, g, OperatorName.FILL_EVEN_ODD_AND_STROKE, 0, n -> g.fillAndStrokePath(Path2D.WIND_EVEN_ODD));
		path(engine, g, OperatorName.CLOSE_FILL_NON_ZERO_AND_STROKE, 0, n -> {
			g.closePath();
			g.fillAndStrokePath(Path2D.WIND_NON_ZERO);
		});
		path(engine, g, OperatorName.CLOSE_FILL_EVEN_ODD_AND_STROKE, 0, n -> {
			g.closePath();
			g.fillAndStrokePath(Path2D.WIND_EVEN_ODD);
		});
		path(engine, g, OperatorName.ENDPATH, 0, n -> g.endPath());
		path(engine, g, OperatorName.CLIP_NON_ZERO, 0, n -> g.clip(Path2D.WIND_NON_ZERO));
		path(engine, g, OperatorName.CLIP_EVEN_ODD, 0, n -> g.clip(Path2D.WIND_EVEN_ODD));
		engine.addOperator(new InlineImage(engine, g));
		engine.addOperator(new DrawImageOrForm(engine, g));
		for (OperatorProcessor p : List.of(new SetLineWidth(engine), new SetLineDashPattern(engine),
				new SetStrokingColorSpace(engine), new SetNonStrokingColorSpace(engine), new SetStrokingColor(engine),
				new SetNonStrokingColor(engine), new SetStrokingColorN(engine), new SetNonStrokingColorN(engine),
				new SetStrokingDeviceGrayColor(engine), new SetNonStrokingDeviceGrayColor(engine),
				new SetStrokingDeviceRGBColor(engine), new SetNonStrokingDeviceRGBColor(engine),
				new SetStrokingDeviceCMYKColor(engine), new SetNonStrokingDeviceCMYKColor(engine))) {
			engine.addOperator(new Guarded(engine, p, g));
		}
	}

	private static void curve(PDFStreamEngine engine, PageGraphics g, float x1, float y1, float x2, float y2, float x3,
			float y3) {
		Point2D.Float p1 = engine.transformedPoint(x1, y1);
		Point2D.Float p2 = engine.transformedPoint(x2, y2);
		Point2D.Float p3 = engine.transformedPoint(x3, y3);
		g.curveTo(p1.x, p1.y, p2.x, p2.y, p3.x, p3.y);
	}

	private static void path(PDFStreamEngine engine, PageGraphics g, String name, int arity, Body body) {
		engine.addOperator(new PathOperator(engine, g, name, arity, body));
	}

	/** What an operator does with its numeric operands. */
	private interface Body {
		void run(float[] operands) throws IOException;
	}

	/** A path construction or painting operator: skipped when its operands are not numbers, as PDFBox does. */
	private static final class PathOperator extends OperatorProcessor {
		private final PageGraphics graphics;
		private final String name;
		private final int arity;
		private final Body body;

		PathOperator(PDFStreamEngine engine, PageGraphics graphics, String name, int arity, Body body) {
			super(engine);
			this.graphics = graphics;
			this.name = name;
			this.arity = arity;
			this.body = body;
		}

		@Override
		public void process(Operator operator, List<COSBase> operands) {
			if (operands.size() < arity) {
				return;
			}
			float[] n = new float[arity];
			for (int i = 0; i < arity; i++) {
				if (!(operands.get(i) instanceof COSNumber number)) {
					return;
				}
				n[i] = number.floatValue();
			}
			try {
				body.run(n);
			} catch (IOException | RuntimeException e) {
				graphics.failed(e);
			}
		}

		@Override
		public String getName() {
			return name;
		}
	}

	/** {@code Do}: an image is drawn into the graphics; a form is shown as the text engine shows it. */
	private static final class DrawImageOrForm extends OperatorProcessor {
		private final PageGraphics graphics;
		private final DrawObject forms;

		DrawImageOrForm(PDFStreamEngine engine, PageGraphics graphics) {
			super(engine);
			this.graphics = graphics;
			this.forms = new DrawObject(engine);
		}

		@Override
		public void process(Operator operator, List<COSBase> operands) throws IOException {
			PDResources resources = getContext().getResources();
			if (!operands.isEmpty() && operands.get(0) instanceof COSName name && resources != null
					&& resources.isImageXObject(name)) {
				try {
					graphics.drawImage();
				} catch (RuntimeException e) {
					graphics.failed(e);
				}
				return;
			}
			forms.process(operator, operands);
		}

		@Override
		public String getName() {
			return OperatorName.DRAW_OBJECT;
		}
	}

	/** {@code BI}: an inline image with data is drawn; its data is not decoded, only its place matters. */
	private static final class InlineImage extends OperatorProcessor {
		private final PageGraphics graphics;

		InlineImage(PDFStreamEngine engine, PageGraphics graphics) {
			super(engine);
			this.graphics = graphics;
		}

		@Override
		public void process(Operator operator, List<COSBase> operands) {
			if (operator.getImageData() != null && operator.getImageData().length > 0) {
				try {
					graphics.drawImage();
				} catch (RuntimeException e) {
					graphics.failed(e);
				}
			}
		}

		@Override
		public String getName() {
			return OperatorName.BEGIN_INLINE_IMAGE;
		}
	}

	/** A PDFBox line or colour operator whose failure stays with the drawing. */
	private static final class Guarded extends OperatorProcessor {
		private final OperatorProcessor operator;
		private final PageGraphics graphics;

		Guarded(PDFStreamEngine engine, OperatorProcessor operator, PageGraphics graphics) {
			super(engine);
			this.operator = operator;
			this.graphics = graphics;
		}

		@Override
		public void process(Operator op, List<COSBase> operands) {
			try {
				operator.process(op, operands);
			} catch (MissingOperandException | MissingResourceException e) {
				// skipped, as PDFBox skips it
			} catch (IOException | RuntimeException e) {
				graphics.failed(e);
			}
		}

		@Override
		public String getName() {
			return operator.getName();
		}
	}
}

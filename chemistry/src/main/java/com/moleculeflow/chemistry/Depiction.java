package com.moleculeflow.chemistry;

import com.moleculeflow.chemistry.InvalidStructureException.Kind;
import org.openscience.cdk.depict.DepictionGenerator;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.silent.SilentChemObjectBuilder;
import org.openscience.cdk.smiles.SmilesParser;

/**
 * Draws a structure as SVG (CDK's depiction, 2D layout generated on the fly).
 *
 * <pre>{@code
 * String svg = new Depiction().svg("c1ccccc1O"); // "<?xml version='1.0' ...<svg ... width='250.0px' height='200.0px' ..."
 * }</pre>
 *
 * <p>Thread-safe: parser and generator are kept per thread. Cost: a few milliseconds per structure for
 * layout; callers showing grids should cache by parent SMILES. Known limits: no input validation beyond
 * parsing (pass parent SMILES from {@link CompoundAnalyzer}); atom colours only, no highlighting.
 */
public final class Depiction {

    private final int width;
    private final int height;
    private final ThreadLocal<SmilesParser> parsers =
            ThreadLocal.withInitial(() -> new SmilesParser(SilentChemObjectBuilder.getInstance()));
    private final ThreadLocal<DepictionGenerator> generators;

    /** 250 × 200 px, atom colours. */
    public Depiction() {
        this(250, 200);
    }

    public Depiction(int width, int height) {
        this.width = width;
        this.height = height;
        this.generators = ThreadLocal.withInitial(
                () -> new DepictionGenerator().withSize(this.width, this.height).withAtomColors().withFillToFit());
    }

    /** SVG of the structure, sized in pixels. */
    public String svg(String smiles) {
        if (smiles == null || smiles.isBlank()) {
            throw new InvalidStructureException(Kind.NO_STRUCTURE, "no structure given", smiles);
        }
        try {
            return generators.get().depict(parsers.get().parseSmiles(smiles)).toSvgStr("px");
        } catch (CDKException | RuntimeException e) {
            throw new InvalidStructureException(Kind.UNSUPPORTED, "structure cannot be drawn (" + e.getMessage() + ")", smiles, e);
        }
    }
}

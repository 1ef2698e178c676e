package com.moleculeflow.chemistry;

import com.moleculeflow.chemistry.InvalidStructureException.Kind;
import io.github.dan2097.jnainchi.InchiFlag;
import io.github.dan2097.jnainchi.InchiKeyOutput;
import io.github.dan2097.jnainchi.InchiKeyStatus;
import io.github.dan2097.jnainchi.InchiStatus;
import io.github.dan2097.jnainchi.JnaInchi;
import java.util.HashSet;
import java.util.Set;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.inchi.InChIGenerator;
import org.openscience.cdk.inchi.InChIGeneratorFactory;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IStereoElement;

/**
 * All identity layers from one InChI computation. The non-standard InChI with the FixedH layer is
 * computed once; the standard InChI is its mobile-H part (everything before {@code /f}, with the
 * {@code 1S} prefix), and the stereo-insensitive InChI is the standard one without its
 * {@code /b /t /m /s} layers. Only hashing to InChIKeys is repeated, which is cheap.
 */
final class InchiLayers {

    private InchiLayers() {
    }

    static Identity of(IAtomContainer parent, String input) throws CDKException {
        InChIGenerator generator = generator(parent, input);
        String fixedH = generator.getInchi();
        String standard = standardOf(fixedH);
        String standardKey = key(standard, input);
        String flat = withoutStereo(standard);
        String flatKey = flat.equals(standard) ? standardKey : key(flat, input);
        // a racemate (or a relative configuration) is another compound than the enantiomer it is drawn as: its exact
        // key says so; the standard InChI has no such layer, so the two still meet on the standard key
        Identity.StereoKind stereo = stereoKind(parent);
        InchiFlag flag = stereo == Identity.StereoKind.RACEMIC ? InchiFlag.SRac : stereo == Identity.StereoKind.RELATIVE ? InchiFlag.SRel : null;
        String exactKey = flag == null ? generator.getInchiKey() : generator(parent, input, flag).getInchiKey();
        return new Identity(exactKey, standard, standardKey, flatKey, stereo);
    }

    /** The enhanced-stereo groups of the stereocentres (double bonds are never racemic or relative). */
    static Identity.StereoKind stereoKind(IAtomContainer mol) {
        Set<Integer> groups = new HashSet<>();
        for (IStereoElement<?, ?> element : mol.stereoElements()) {
            if (element.getConfigClass() != IStereoElement.CT) {
                groups.add(element.getGroupInfo());
            }
        }
        if (groups.isEmpty() || groups.equals(Set.of(IStereoElement.GRP_ABS))) {
            return Identity.StereoKind.ABSOLUTE;
        }
        if (groups.size() > 1) {
            return Identity.StereoKind.MIXED;
        }
        int type = groups.iterator().next() & IStereoElement.GRP_TYPE_MASK;
        return type == IStereoElement.GRP_RAC ? Identity.StereoKind.RACEMIC
                : type == IStereoElement.GRP_REL ? Identity.StereoKind.RELATIVE : Identity.StereoKind.MIXED;
    }

    private static InChIGenerator generator(IAtomContainer parent, String input, InchiFlag... stereo) throws CDKException {
        InChIGenerator generator = stereo.length == 0
                ? InChIGeneratorFactory.getInstance().getInChIGenerator(parent, InchiFlag.FixedH, InchiFlag.AuxNone)
                : InChIGeneratorFactory.getInstance().getInChIGenerator(parent, InchiFlag.FixedH, InchiFlag.AuxNone, stereo[0]);
        if (generator.getStatus() == InchiStatus.ERROR || generator.getInchi() == null) {
            throw new InvalidStructureException(Kind.UNSUPPORTED,
                    "InChI could not be computed (" + generator.getMessage() + ")", input);
        }
        return generator;
    }

    /** The standard InChI contained in a FixedH InChI ("InChI=1/..." with an optional "/f" part). */
    static String standardOf(String fixedHInchi) {
        String body = fixedHInchi.substring(fixedHInchi.indexOf('/') + 1);
        int fixed = body.indexOf("/f");
        return "InChI=1S/" + (fixed < 0 ? body : body.substring(0, fixed));
    }

    static String withoutStereo(String inchi) {
        String[] layers = inchi.split("/", -1);
        StringBuilder out = new StringBuilder(layers[0]).append('/').append(layers[1]);
        for (int i = 2; i < layers.length; i++) {
            char prefix = layers[i].isEmpty() ? ' ' : layers[i].charAt(0);
            if (prefix != 'b' && prefix != 't' && prefix != 'm' && prefix != 's') {
                out.append('/').append(layers[i]);
            }
        }
        return out.toString();
    }

    private static String key(String inchi, String input) {
        InchiKeyOutput out = JnaInchi.inchiToInchiKey(inchi);
        if (out.getStatus() != InchiKeyStatus.OK) {
            throw new InvalidStructureException(Kind.UNSUPPORTED,
                    "InChIKey could not be computed (" + out.getStatus() + ")", input);
        }
        return out.getInchiKey();
    }
}

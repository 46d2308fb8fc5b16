package org.marsad.eval;

/** Precision, recall and F1 from counts; 0 where a denominator is 0, as in the reference scorers. */
public record Prf(int truePositives, int predicted, int gold) {
    public double precision() {
        return predicted == 0 ? 0.0 : (double) truePositives / predicted;
    }

    public double recall() {
        return gold == 0 ? 0.0 : (double) truePositives / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    /** {@code x} with three decimals exactly as Python's {@code f'{x:.3f}'} prints it (round half even on the binary value). */
    public static String fixed3(double x) {
        return new java.math.BigDecimal(x).setScale(3, java.math.RoundingMode.HALF_EVEN).toPlainString();
    }
}

package dev.parallax.eval.time;

/**
 * TempEval-3 task A counts and figures for time expressions, as the official scorer
 * ({@code TE3-evaluation.py}, {@code evaluate_entities.py}) defines them, micro-averaged over documents:
 * <ul>
 *   <li>relaxed match: a system expression overlapping a gold one (paired one to one);
 *       strict match: a relaxed pair with exactly the same extent;</li>
 *   <li>precision = matches / system expressions, recall = matches / gold expressions;</li>
 *   <li>type (value) accuracy = pairs with equal type (value) / relaxed pairs;</li>
 *   <li>type (value) F1 = accuracy × relaxed F1, the scorer's "attribute F1".</li>
 * </ul>
 */
public record TimexScores(int gold, int system, int strictMatches, int relaxedMatches, int typeMatches,
                          int valueMatches) {

    public double strictPrecision() {
        return ratio(strictMatches, system);
    }

    public double strictRecall() {
        return ratio(strictMatches, gold);
    }

    public double strictF1() {
        return f1(strictPrecision(), strictRecall());
    }

    public double relaxedPrecision() {
        return ratio(relaxedMatches, system);
    }

    public double relaxedRecall() {
        return ratio(relaxedMatches, gold);
    }

    public double relaxedF1() {
        return f1(relaxedPrecision(), relaxedRecall());
    }

    public double typeAccuracy() {
        return ratio(typeMatches, relaxedMatches);
    }

    public double valueAccuracy() {
        return ratio(valueMatches, relaxedMatches);
    }

    public double typeF1() {
        return typeAccuracy() * relaxedF1();
    }

    public double valueF1() {
        return valueAccuracy() * relaxedF1();
    }

    TimexScores plus(TimexScores o) {
        return new TimexScores(gold + o.gold, system + o.system, strictMatches + o.strictMatches,
                relaxedMatches + o.relaxedMatches, typeMatches + o.typeMatches, valueMatches + o.valueMatches);
    }

    static TimexScores zero() {
        return new TimexScores(0, 0, 0, 0, 0, 0);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}

/**
 * TempEval-3 task A for time expressions: a TimeML reader ({@link dev.parallax.eval.time.TimeMlReader}), the
 * official scorer's rules ({@link dev.parallax.eval.time.TimexScorer}, {@link dev.parallax.eval.time.TimexScores}),
 * and the two systems compared ({@link dev.parallax.eval.time.ParallaxTimeTagger},
 * {@link dev.parallax.eval.time.SuTimeTagger}) by {@link dev.parallax.eval.time.TimeEvaluation}. Data is read
 * at run time from the data directory, never copied.
 */
package dev.parallax.eval.time;

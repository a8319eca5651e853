package dev.parallax.eval.time;

import dev.parallax.model.PublicationDate;
import dev.parallax.understand.time.PublicationDateEstimator;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * How well {@link PublicationDateEstimator} recovers a document's creation date from its text alone:
 * of all documents, how many get an estimate, how many estimates are the exact day, and how many fall within
 * seven days (either way), and how many are not after the true date (the estimate is meant as a lower bound).
 */
public record DateEstimateScores(int documents, int estimated, int exact, int withinWeek, int notAfter) {

    /** Estimates every document's date from its paragraphs and compares with its DCT. */
    public static DateEstimateScores of(List<TimeMlDocument> docs) {
        int estimated = 0;
        int exact = 0;
        int week = 0;
        int notAfter = 0;
        for (TimeMlDocument doc : docs) {
            Optional<PublicationDate> p = PublicationDateEstimator.estimate(TimeBenchmark.paragraphs(doc.text()));
            if (p.isEmpty()) {
                continue;
            }
            estimated++;
            long days = Math.abs(ChronoUnit.DAYS.between(doc.creationDate(), p.get().date()));
            exact += days == 0 ? 1 : 0;
            week += days <= 7 ? 1 : 0;
            notAfter += p.get().date().isAfter(doc.creationDate()) ? 0 : 1;
        }
        return new DateEstimateScores(docs.size(), estimated, exact, week, notAfter);
    }

    public double coverage() {
        return documents == 0 ? 0 : (double) estimated / documents;
    }

    /** Exact-day estimates among the documents that got one. */
    public double exactAccuracy() {
        return estimated == 0 ? 0 : (double) exact / estimated;
    }

    /** Estimates within seven days among the documents that got one. */
    public double withinWeekAccuracy() {
        return estimated == 0 ? 0 : (double) withinWeek / estimated;
    }

    /** Estimates not after the true date among the documents that got one. */
    public double lowerBoundAccuracy() {
        return estimated == 0 ? 0 : (double) notAfter / estimated;
    }
}

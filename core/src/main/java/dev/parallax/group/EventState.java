package dev.parallax.group;

import java.util.ArrayList;
import java.util.List;

/** The mutable state of one event; centroids are dropped once it leaves the windows. */
final class EventState {
    final int id;
    final String title;
    int size;
    SparseVector terms = SparseVector.EMPTY;
    SparseVector entities = SparseVector.EMPTY;
    double termNorm;
    double entityNorm;
    List<SparseVector> memberTerms = new ArrayList<>();
    List<SparseVector> memberEntities = new ArrayList<>();
    IntList indexed = new IntList(8);
    IntList threadIndexed = new IntList(8);
    int minDay = OnlineGrouper.NO_DAY;
    int maxDay = OnlineGrouper.NO_DAY;
    long sumDay;
    int datedCount;
    int thread = -1;
    boolean frozen;
    boolean threadFrozen;

    EventState(int id, String title) {
        this.id = id;
        this.title = title;
    }

    void add(int day, SparseVector t, SparseVector en, int centroidTerms) {
        size++;
        if (memberTerms != null && memberTerms.size() < OnlineGrouper.MEMBERS_KEPT) {
            memberTerms.add(t.withoutWords());
            memberEntities.add(en.withoutWords());
        }
        terms = terms.plus(t, centroidTerms);
        entities = entities.plus(en, centroidTerms);
        termNorm = terms.norm();
        entityNorm = entities.norm();
        if (day != OnlineGrouper.NO_DAY) {
            minDay = datedCount == 0 ? day : Math.min(minDay, day);
            maxDay = datedCount == 0 ? day : Math.max(maxDay, day);
            sumDay += day;
            datedCount++;
        }
    }

    int meanDay() {
        return (int) Math.floorDiv(sumDay, datedCount);
    }

    void freezeForThreads() {
        frozen = true;
        threadFrozen = true;
        terms = SparseVector.EMPTY;
        entities = SparseVector.EMPTY;
        termNorm = 0;
        entityNorm = 0;
        memberTerms = null;
        memberEntities = null;
        indexed = new IntList(1);
        threadIndexed = new IntList(1);
    }
}

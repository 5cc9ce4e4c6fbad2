package uk.schoolcompliance.tracker.app;

import java.lang.ref.SoftReference;
import java.util.AbstractList;
import java.util.RandomAccess;
import java.util.function.IntFunction;

import uk.schoolcompliance.tracker.domain.report.GovernorsPack;

/**
 * The trust board's pack's school packs, computed when asked for (issue 17): at a 50,000-person trust, 556 schools'
 * packs held at once are every person x policy cell of the trust. Each is computed from the database on first
 * {@link #get} and held softly, so a writer that walks them twice reuses them while memory allows and the garbage
 * collector may drop them (to be computed again, the same) when it does not. Unmodifiable, like {@code List.copyOf}.
 */
final class SchoolPacks extends AbstractList<GovernorsPack> implements RandomAccess {

    private final IntFunction<GovernorsPack> compute;
    private final SoftReference<?>[] held;

    SchoolPacks(int size, IntFunction<GovernorsPack> compute) {
        this.compute = compute;
        this.held = new SoftReference<?>[size];
    }

    @Override
    public synchronized GovernorsPack get(int index) {
        SoftReference<?> ref = held[index]; // out of range: ArrayIndexOutOfBoundsException, as a list's
        GovernorsPack pack = ref == null ? null : (GovernorsPack) ref.get();
        if (pack == null) {
            pack = compute.apply(index);
            held[index] = new SoftReference<>(pack);
        }
        return pack;
    }

    @Override
    public int size() {
        return held.length;
    }
}

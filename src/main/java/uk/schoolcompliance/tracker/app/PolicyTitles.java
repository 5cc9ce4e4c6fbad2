package uk.schoolcompliance.tracker.app;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import uk.schoolcompliance.tracker.domain.Policy;

/**
 * Finding a policy by the title a person typed: exactly (ignoring case and surrounding spaces), never a guess;
 * when nothing matches, the message suggests the titles sharing the most words.
 */
final class PolicyTitles {

    /** Words too common in policy titles to suggest one title for another. */
    private static final java.util.Set<String> COMMON_WORDS = java.util.Set.of("policy", "policies", "procedure",
            "procedures", "and", "the", "for", "with", "plan", "statement", "school", "staff");

    private PolicyTitles() {
    }

    /** The one policy of {@code all} titled {@code wanted}, else a one-line {@link UserException} naming {@code field}. */
    static Policy exactly(List<Policy> all, String wanted, String field) {
        List<Policy> exact = all.stream().filter(p -> p.title().strip().equalsIgnoreCase(wanted)).toList();
        if (exact.size() == 1) {
            return exact.get(0);
        }
        if (exact.size() > 1) {
            throw new UserException(field + ": '" + wanted + "' matches " + exact.size() + " policies: " + quoted(exact, 10));
        }
        String lower = wanted.toLowerCase(Locale.ROOT);
        java.util.Set<String> words = words(lower);
        List<Policy> near = new ArrayList<>();
        java.util.Map<Long, Integer> score = new java.util.HashMap<>();
        for (Policy p : all) {
            String t = p.title().toLowerCase(Locale.ROOT);
            java.util.Set<String> shared = words(t);
            shared.retainAll(words);
            int s = (t.contains(lower) || lower.contains(t) ? 100 : 0) + shared.size();
            if (s > 0) {
                near.add(p);
                score.put(p.id(), s);
            }
        }
        near.sort(Comparator.comparing((Policy p) -> -score.get(p.id()))
                .thenComparing(Policy::title, String.CASE_INSENSITIVE_ORDER));
        throw new UserException(field + ": no policy called '" + wanted + "'" + (near.isEmpty()
                ? "; no policy has a title like it" : "; did you mean " + quoted(near, 5) + "?"));
    }

    private static java.util.Set<String> words(String lowerTitle) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String w : lowerTitle.split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 3 && !COMMON_WORDS.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    private static String quoted(List<Policy> policies, int max) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(max, policies.size()); i++) {
            sb.append(i == 0 ? "" : ", ").append('\'').append(policies.get(i).title()).append('\'');
        }
        if (policies.size() > max) {
            sb.append(" and ").append(policies.size() - max).append(" more");
        }
        return sb.toString();
    }
}

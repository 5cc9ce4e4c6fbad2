package uk.schoolcompliance.tracker.ui.acknowledgements;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import uk.schoolcompliance.tracker.domain.StaffMember;

/**
 * How a sign-off session matches what is typed against people's names: word by word, in any order, ignoring case,
 * accents and apostrophes ("Smith, Karen" and "karen smith" give the same words; "obrien" finds O'Brien).
 */
final class NameWords {

    private NameWords() {
    }

    /** The typed words, folded for matching; none for null or blank text. */
    static List<String> words(String typed) {
        if (typed == null) {
            return List.of();
        }
        return Arrays.stream(fold(typed).split("[\\s,;.]+")).filter(w -> !w.isEmpty()).toList();
    }

    /** True when every typed word is part of the person's name. */
    static boolean matches(StaffMember s, List<String> words) {
        String name = fold(s.fullName());
        return words.stream().allMatch(name::contains);
    }

    /** Lower case without accents or apostrophes, so "obrien" finds O'Brien and "zoe" finds Zoë. */
    static String fold(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("['\u2018\u2019`\u00b4]", "");
    }
}

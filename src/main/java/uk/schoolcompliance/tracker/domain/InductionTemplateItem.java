package uk.schoolcompliance.tracker.domain;

/** One line of a category's induction template: due {@code dueDays} after the start date. */
public record InductionTemplateItem(
        long id,
        StaffCategory category,
        int position,
        InductionItemKind kind,
        Long policyId,
        String title,
        int dueDays) {
}

package uk.schoolcompliance.tracker.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One e-mail check for the form, the import and the service. */
class EmailAddressTest {

    @Test
    void acceptsWhatSchoolsIssue() {
        assertThat(EmailAddress.isValid("a.brown@oakfield.sch.uk")).isTrue();
        assertThat(EmailAddress.isValid("office+cover@trust.org")).isTrue();
        assertThat(EmailAddress.isValid("o'brien@school.co.uk")).isTrue();
    }

    @Test
    void refusesTypingSlips() {
        assertThat(EmailAddress.isValid(null)).isFalse();
        assertThat(EmailAddress.isValid("")).isFalse();
        assertThat(EmailAddress.isValid("a.brown.oakfield.sch.uk")).as("no @").isFalse();
        assertThat(EmailAddress.isValid("a.brown@@oakfield.sch.uk")).as("two @").isFalse();
        assertThat(EmailAddress.isValid("a brown@oakfield.sch.uk")).as("a space").isFalse();
        assertThat(EmailAddress.isValid("a.brown@oakfield")).as("no dot in the domain").isFalse();
        assertThat(EmailAddress.isValid("a.brown@oakfield.")).as("ends with a dot").isFalse();
        assertThat(EmailAddress.isValid("@oakfield.sch.uk")).as("nothing before @").isFalse();
    }
}

package uk.schoolcompliance.tracker.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

import uk.schoolcompliance.tracker.StoreKind;
import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.domain.InductionItem;
import uk.schoolcompliance.tracker.domain.InductionItemKind;
import uk.schoolcompliance.tracker.domain.InductionProgress;
import uk.schoolcompliance.tracker.domain.InductionTemplateItem;
import uk.schoolcompliance.tracker.domain.StaffCategory;
import uk.schoolcompliance.tracker.domain.StaffMember;

@ParameterizedClass
@EnumSource(StoreKind.class)
class InductionServiceTest {

    @Parameter
    StoreKind store;

    static final LocalDate TODAY = TestDemo.AS_OF;

    @TempDir
    Path dir;

    static StaffMember person(String given, String email, StaffCategory c, LocalDate start) {
        return new StaffMember(0, 0, given, "Newman", null, email, c, "Post", start, null, null, null);
    }

    @Test
    void addingANewStarterMakesAPlanFromTheirTemplateButNotForLongServingStaff() {
        TrackerServices s = store.demo(dir);
        StaffMember starter = s.staffService().create(person("Nina", "n.newman@oakfield.sch.uk", StaffCategory.TEACHER,
                TODAY.plusDays(7)), TODAY);
        List<InductionItem> items = s.repositories().induction().items(starter.id());
        List<InductionTemplateItem> template = s.repositories().induction().template(StaffCategory.TEACHER);
        assertThat(items).hasSize(template.size()).isNotEmpty();
        assertThat(items.get(0).dueDate()).isEqualTo(TODAY.plusDays(7).plusDays(template.get(0).dueDays()));
        StaffMember recent = s.staffService().create(person("Ola", null, StaffCategory.SUPPORT, TODAY.minusDays(60)), TODAY);
        assertThat(s.repositories().induction().items(recent.id())).isNotEmpty();
        StaffMember old = s.staffService().create(person("Pat", null, StaffCategory.SUPPORT, TODAY.minusDays(61)), TODAY);
        assertThat(s.repositories().induction().items(old.id())).isEmpty();
    }

    @Test
    void anEmptyDatabaseGetsSensibleDefaultsLighterForVolunteersAndContractors() {
        TrackerServices s = store.empty(dir);
        StaffMember t = s.staffService().create(person("Tess", null, StaffCategory.TEACHER, TODAY), TODAY);
        StaffMember v = s.staffService().create(person("Vic", null, StaffCategory.VOLUNTEER, TODAY), TODAY);
        StaffMember c = s.staffService().create(person("Cal", null, StaffCategory.CONTRACTOR, TODAY), TODAY);
        List<String> teacher = s.repositories().induction().items(t.id()).stream().map(InductionItem::title).toList();
        assertThat(teacher).anyMatch(x -> x.contains("designated safeguarding lead"))
                .anyMatch(x -> x.contains("Child Protection and Safeguarding"))
                .anyMatch(x -> x.contains("Behaviour")).anyMatch(x -> x.contains("Code of Conduct"))
                .anyMatch(x -> x.contains("Safeguarding training")).anyMatch(x -> x.contains("Fire procedures"))
                .anyMatch(x -> x.contains("Data Protection"));
        // no policies yet: every item is a task to read the school's document
        assertThat(s.repositories().induction().items(t.id())).allMatch(i -> i.kind() == InductionItemKind.TASK);
        assertThat(s.repositories().induction().items(v.id()).size()).isLessThan(teacher.size() / 2);
        assertThat(s.repositories().induction().items(c.id()).size()).isLessThan(teacher.size() / 2);
    }

    @Test
    void defaultsOnTheDemoNameTheSchoolsOwnPolicies() {
        TrackerServices s = store.demo(dir);
        List<InductionTemplateItem> d = s.inductionService().defaultTemplate(StaffCategory.TEACHING_ASSISTANT);
        assertThat(d).filteredOn(i -> i.kind() == InductionItemKind.POLICY).extracting(InductionTemplateItem::title)
                .contains("Read and acknowledge: Child Protection and Safeguarding Policy", "Read and acknowledge: Behaviour Policy");
    }

    @Test
    void tasksAreTickedAndUntickedWithAReasonAndPolicyItemsCannotBeTicked() {
        TrackerServices s = store.demo(dir);
        StaffMember starter = s.staffService().create(person("Nina", null, StaffCategory.TEACHER, TODAY.minusDays(10)), TODAY);
        List<InductionItem> items = s.repositories().induction().items(starter.id());
        InductionItem task = items.stream().filter(i -> i.kind() == InductionItemKind.TASK).findFirst().orElseThrow();
        InductionItem policy = items.stream().filter(i -> i.kind() == InductionItemKind.POLICY).findFirst().orElseThrow();
        InductionProgress before = progressOf(s, starter);
        s.inductionService().tick(task.id(), TODAY, "Office Manager");
        InductionProgress after = progressOf(s, starter);
        assertThat(after.itemsDone()).isEqualTo(before.itemsDone() + 1);
        assertThat(s.repositories().induction().findItem(task.id()).orElseThrow().doneBy()).isEqualTo("Office Manager");
        assertThatThrownBy(() -> s.inductionService().tick(policy.id(), TODAY, "x")).isInstanceOf(UserException.class);
        assertThatThrownBy(() -> s.inductionService().untick(task.id(), " ")).isInstanceOf(UserException.class)
                .hasMessageContaining("Reason");
        s.inductionService().untick(task.id(), "ticked by mistake");
        assertThat(progressOf(s, starter).itemsDone()).isEqualTo(before.itemsDone());
        assertThat(s.repositories().audit().recent(5, "induction_item", task.id())).extracting(e -> e.action()).containsExactly("untick", "tick");
    }

    @Test
    void editedTemplatesAreCheckedRenumberedAndUsedForTheNextPlan() {
        TrackerServices s = store.demo(dir);
        long policyId = s.repositories().policies().findAll().get(0).id();
        String policyTitle = s.repositories().policies().findAll().get(0).title();
        assertThatThrownBy(() -> s.inductionService().saveTemplate(StaffCategory.VOLUNTEER, List.of(
                new InductionTemplateItem(0, StaffCategory.VOLUNTEER, 1, InductionItemKind.TASK, null, " ", 0))))
                .isInstanceOf(UserException.class).hasMessageContaining("Item 1: Title");
        assertThatThrownBy(() -> s.inductionService().saveTemplate(StaffCategory.VOLUNTEER, List.of(
                new InductionTemplateItem(0, StaffCategory.VOLUNTEER, 1, InductionItemKind.POLICY, 999_999L, "x", 0))))
                .isInstanceOf(UserException.class).hasMessageContaining("Item 1: Policy");
        s.inductionService().saveTemplate(StaffCategory.VOLUNTEER, List.of(
                new InductionTemplateItem(0, StaffCategory.VOLUNTEER, 7, InductionItemKind.TASK, null, " Sign in at reception ", 0),
                new InductionTemplateItem(0, StaffCategory.VOLUNTEER, 3, InductionItemKind.POLICY, policyId, "anything", 5)));
        List<InductionTemplateItem> saved = s.inductionService().template(StaffCategory.VOLUNTEER);
        assertThat(saved).extracting(InductionTemplateItem::position).containsExactly(1, 2);
        assertThat(saved).extracting(InductionTemplateItem::title)
                .containsExactly("Sign in at reception", "Read and acknowledge: " + policyTitle);
        StaffMember v = s.staffService().create(person("Val", null, StaffCategory.VOLUNTEER, TODAY), TODAY);
        assertThat(s.repositories().induction().items(v.id())).extracting(InductionItem::dueDate).containsExactly(TODAY, TODAY.plusDays(5));
    }

    private static InductionProgress progressOf(TrackerServices s, StaffMember m) {
        return s.inductionService().progress(TODAY).stream().filter(p -> p.staff().id() == m.id()).findFirst().orElseThrow();
    }

    @Test
    void theChecklistPdfListsEveryItemWithSignAndDateColumns() throws Exception {
        TrackerServices s = store.demo(dir);
        InductionProgress p = s.inductionService().progress(TODAY).get(0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        s.inductionService().writeChecklistPdf(p.staff().id(), TODAY, out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Induction checklist").contains(p.staff().fullName()).contains("Signed")
                    .contains("Date").contains(p.itemsDone() + " of " + p.items().size() + " done")
                    .contains("Page 1 of " + pdf.getNumberOfPages());
            for (InductionItem i : p.items()) {
                assertThat(text.replaceAll("\\s+", " ")).contains(i.title().replaceAll("\\s+", " "));
            }
            assertThat(count(text, "OVERDUE")).isEqualTo(p.overdueItems().size());
        }
    }

    private static int count(String text, String word) {
        int n = 0;
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
            n++;
        }
        return n;
    }
}

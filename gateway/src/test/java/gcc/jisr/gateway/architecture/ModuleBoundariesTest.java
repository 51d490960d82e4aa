package gcc.jisr.gateway.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The module boundaries of DESIGN.md, held by the build rather than by good intentions. */
class ModuleBoundariesTest {

    private static JavaClasses jisr;

    @BeforeAll
    static void importJisr() {
        jisr = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("gcc.jisr");
    }

    @Test
    void contractsDependOnNothingOfOurs() {
        noClasses().that().resideInAPackage("gcc.jisr.contracts..")
                .should().dependOnClassesThat().resideInAnyPackage("gcc.jisr.adapters..", "gcc.jisr.routes..", "gcc.jisr.gateway..")
                .check(jisr);
    }

    @Test
    void adaptersKnowNoCamelSpringOrCxfAndNoOtherLayer() {
        noClasses().that().resideInAPackage("gcc.jisr.adapters..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.camel..", "org.springframework..", "org.apache.cxf..",
                        "gcc.jisr.routes..", "gcc.jisr.gateway..")
                .check(jisr);
    }

    @Test
    void adapterCodeMakesNoNetworkCallsOnlyItsSimulatorsServe() {
        noClasses().that().resideInAPackage("gcc.jisr.adapters..").and().resideOutsideOfPackage("..sim..")
                .should().dependOnClassesThat().resideInAnyPackage("java.net.http..", "com.sun.net.httpserver..", "java.nio.channels..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.Socket")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.URLConnection")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.HttpURLConnection")
                .orShould().callMethod(java.net.URL.class, "openConnection")
                .orShould().callMethod(java.net.URL.class, "openStream")
                .check(jisr);
    }

    @Test
    void anAdapterKnowsNoOtherState() {
        for (String state : new String[]{"kw", "sa", "ae", "qa", "bh", "om"}) {
            noClasses().that().resideInAPackage("gcc.jisr.adapters." + state + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(otherStates(state))
                    .allowEmptyShould(true)
                    .check(jisr);
        }
    }

    @Test
    void flowLogicLivesInRoutes() {
        classes().that().areAssignableTo(RouteBuilder.class).should().resideInAPackage("gcc.jisr.routes..").check(jisr);
        noClasses().that().resideInAPackage("gcc.jisr.routes..")
                .should().dependOnClassesThat().resideInAnyPackage("gcc.jisr.gateway..", "org.springframework..", "org.apache.cxf..",
                        "java.net.http..", "com.sun.net.httpserver..")
                .check(jisr);
    }

    private static String[] otherStates(String state) {
        return java.util.Arrays.stream(new String[]{"kw", "sa", "ae", "qa", "bh", "om"}).filter(s -> !s.equals(state))
                .map(s -> "gcc.jisr.adapters." + s + "..").toArray(String[]::new);
    }
}

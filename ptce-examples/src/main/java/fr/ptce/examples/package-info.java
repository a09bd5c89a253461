/**
 * Numbered example programs of the PTCE library, each a class with a {@code main} and a static method returning its
 * result (for tests and for readers who want the value rather than the printout):
 *
 * <ol>
 *   <li>{@link fr.ptce.examples.Example01CheckJsonFile}: read a pole file, check it against the three referentials;</li>
 *   <li>{@link fr.ptce.examples.Example02BuildPoleInCode}: build a pole with the builders, check it in English, write
 *       it as JSON;</li>
 *   <li>{@link fr.ptce.examples.Example03SharedCheckerAcrossThreads}: one checker shared by a thread pool;</li>
 *   <li>{@link fr.ptce.examples.Example04CustomThresholdsAndSeverities}: a deployment's thresholds and severities;</li>
 *   <li>{@link fr.ptce.examples.Example05BeanValidationConstraint}: an application record annotated
 *       {@code @CompliantWith};</li>
 *   <li>{@link fr.ptce.examples.Example06ImportMembersFromCsv}: import a spreadsheet's member list (Jackson CSV);</li>
 *   <li>{@link fr.ptce.examples.Example07EnrichFromSirene}: complete members from a SIRENE stock-file extract.</li>
 * </ol>
 *
 * Run one from the fat jar: {@code java -cp ptce-examples/target/ptce.jar fr.ptce.examples.Example01CheckJsonFile}.
 * The seven real example poles are resources under {@code poles/} ({@link fr.ptce.examples.BundledPoles}); the
 * sample CSV, the SIRENE extract and its demonstration pole are under {@code examples/}.
 */
package fr.ptce.examples;

package fr.ptce.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ptce schema}: prints the JSON Schema of format v1 (draft 2020-12), the resource shipped in ptce-model. */
@Command(name = "schema", mixinStandardHelpOptions = true)
public final class SchemaCommand implements Callable<Integer> {
    /** The schema's resource in ptce-model. */
    public static final String RESOURCE = "/fr/ptce/model/ptce-format-v1.schema.json";

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        try (InputStream in = SchemaCommand.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                spec.commandLine().getErr().println("ptce: the schema resource " + RESOURCE + " is missing from ptce-model");
                return PtceCommand.INVALID;
            }
            String schema = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            out.print(schema);
            if (!schema.endsWith("\n")) {
                out.println();
            }
        }
        out.flush();
        return PtceCommand.OK;
    }
}

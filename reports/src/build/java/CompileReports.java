import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;

/**
 * Build step of the reports module (exec-maven-plugin): compiles every JRXML design of a folder to
 * a .jasper file, so the product never compiles a design while serving a request. Fails the build
 * on the first design that does not compile.
 */
public class CompileReports {

    public static void main(String[] args) throws IOException, JRException {
        Path sources = Path.of(args[0]);
        Path target = Path.of(args[1]);
        Files.createDirectories(target);
        List<Path> designs;
        try (Stream<Path> files = Files.list(sources)) {
            designs = files.filter(f -> f.toString().endsWith(".jrxml")).sorted().toList();
        }
        for (Path design : designs) {
            String name = design.getFileName().toString().replaceFirst("\\.jrxml$", ".jasper");
            Path compiled = target.resolve(name);
            if (Files.exists(compiled)
                    && Files.getLastModifiedTime(compiled).compareTo(Files.getLastModifiedTime(design)) > 0) {
                continue;
            }
            JasperCompileManager.compileReportToFile(design.toString(), compiled.toString());
            System.out.println("[reports] compiled " + design.getFileName() + " -> " + compiled);
        }
    }
}

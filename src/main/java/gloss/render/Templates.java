package gloss.render;

import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import gloss.content.Diagnostics;
import gloss.files.TemplateFolder;
import gloss.content.Location;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * FreeMarker, configured once per build: {@code .ftlh} templates with HTML auto-escaping, records
 * exposed as properties, and strict handling, so a missing value is an error naming the template and
 * line instead of a silent blank. Thread-safe after construction.
 */
public final class Templates {
    static {
        // FreeMarker logs through whatever logging library it finds on the class path (log4j, brought
        // by test tools); Gloss reports template problems as diagnostics, so its log stays off.
        if (System.getProperty("org.freemarker.loggerLibrary") == null) {
            System.setProperty("org.freemarker.loggerLibrary", "none");
        }
    }

    /** How view records reach templates (also used for lists made while a page renders, see {@link PageCitations}). */
    static final freemarker.template.ObjectWrapper WRAPPER =
            new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build();

    private final Configuration config;
    private final Path dir;
    private final Path shownDir;
    private final java.util.List<ParseException> syntaxErrors = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final java.util.List<TemplateFailures.Refused> refused = new java.util.concurrent.CopyOnWriteArrayList<>();

    public Templates(TemplateFolder folder, Path shownDir) throws IOException {
        this.dir = folder.dir();
        this.shownDir = shownDir;
        config = new Configuration(Configuration.VERSION_2_3_34);
        config.setTemplateLoader(new CheckedTemplateLoader(folder)); // a project's own through InputFile
        config.setDefaultEncoding("UTF-8");
        // Templates do not change during a build (serve makes a new Templates when one does), so
        // FreeMarker need not check the files' timestamps on every page.
        config.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        config.setOutputEncoding("UTF-8");
        config.setLocale(Locale.ENGLISH);
        config.setTimeZone(java.util.TimeZone.getTimeZone("UTC"));
        config.setNumberFormat("computer");
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setLogTemplateExceptions(false);
        config.setWrapUncheckedExceptions(true);
        config.setFallbackOnNullLoopVariable(false);
        config.setAPIBuiltinEnabled(false);
        config.setRecognizeStandardFileExtensions(true);
        config.setObjectWrapper(WRAPPER);
    }

    /** Renders {@code name} with {@code model}; on failure reports a diagnostic and returns empty. */
    public Optional<String> render(String name, Map<String, Object> model, Diagnostics diagnostics) {
        try {
            Template template = config.getTemplate(name);
            TextWriter out = new TextWriter();
            template.process(model, out);
            return Optional.of(out.toString());
        } catch (ParseException e) {
            // already reported once by reportSyntaxErrors, not again for every page that uses the template
            if (syntaxErrors.stream().noneMatch(known -> java.util.Objects.equals(known.getTemplateName(), e.getTemplateName()))) {
                diagnostics.add(syntaxError(e, name));
            }
        } catch (TemplateException e) {
            // a syntax error in an imported template ("Template importing failed") is reported once, at its place
            if (TemplateFailures.cause(e, ParseException.class) != null) return Optional.empty();
            Integer line = e.getLineNumber();
            Integer col = e.getColumnNumber();
            diagnostics.error(new Location(shown(e.getTemplateSourceName(), name), line == null ? 1 : line,
                    col == null ? 1 : col), "template error: " + firstLine(e.getMessageWithoutStackTop()),
                    e.getBlamedExpressionString() == null ? null
                            : "check '" + e.getBlamedExpressionString() + "'; use ?? or ! for values that may be missing");
        } catch (java.io.FileNotFoundException e) {
            diagnostics.error(Location.of(shownDir.resolve(name)), "missing template " + name,
                    "create templates/" + name);
        } catch (IOException e) {
            // FreeMarker gives a failure again as "error loading the template on an earlier attempt; see cause"
            TemplateFailures.Refused r = TemplateFailures.cause(e, TemplateFailures.Refused.class);
            if (r != null) diagnostics.add(r.diagnostic(shownDir));
            else if (TemplateFailures.cause(e, ParseException.class) == null) {
                diagnostics.error(Location.of(shownDir.resolve(name)), "cannot read template: " + e.getMessage());
            }
        }
        return Optional.empty();
    }

    /**
     * Parses every template now, so that a build can do it on one core while it reads content on the
     * other, and so that {@code check} reports a template's syntax error without rendering a page.
     */
    public void parseAll() {
        try (var files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".ftlh")).sorted().toList()) {
                try {
                    config.getTemplate(f.getFileName().toString());
                } catch (ParseException e) {
                    syntaxErrors.add(e);
                } catch (TemplateFailures.Refused e) {
                    refused.add(e);
                } catch (IOException e) {
                    // a template that cannot be read is reported by render(), with the page that needed it
                }
            }
        } catch (IOException e) {
            // reported by render()
        }
    }

    /**
     * One diagnostic per template with a syntax error, at FreeMarker's line and column, and one per
     * template file Gloss would not read (a link out of the project, a pipe: see {@link CheckedTemplateLoader}).
     */
    public void reportSyntaxErrors(Diagnostics diagnostics) {
        for (ParseException e : syntaxErrors) diagnostics.add(syntaxError(e, e.getTemplateName()));
        for (TemplateFailures.Refused r : refused) diagnostics.add(r.diagnostic(shownDir));
    }

    private gloss.content.Diagnostic syntaxError(ParseException e, String name) {
        return gloss.content.Diagnostic.error(new Location(shown(e.getTemplateName(), name), Math.max(1, e.getLineNumber()),
                Math.max(1, e.getColumnNumber())), "template syntax error: " + TemplateFailures.oneLine(e.getEditorMessage()));
    }

    /** A Writer on a StringBuilder: StringWriter's StringBuffer locks on every one of FreeMarker's many small writes. */
    private static final class TextWriter extends java.io.Writer {
        private final StringBuilder text = new StringBuilder(16 * 1024);

        @Override
        public void write(char[] buf, int off, int len) {
            text.append(buf, off, len);
        }

        @Override
        public void write(String str, int off, int len) {
            text.append(str, off, off + len);
        }

        @Override
        public void write(String str) {
            text.append(str);
        }

        @Override
        public void write(int c) {
            text.append((char) c);
        }

        @Override
        public java.io.Writer append(CharSequence csq) {
            text.append(csq);
            return this;
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}

        @Override
        public String toString() {
            return text.toString();
        }
    }

    public boolean exists(String name) {
        return Files.exists(dir.resolve(name));
    }

    private Path shown(String sourceName, String fallback) {
        return shownDir.resolve(sourceName == null ? fallback : sourceName);
    }

    private static String firstLine(String s) {
        if (s == null) return "unknown problem";
        String line = s.strip().lines().findFirst().orElse(s);
        return line.length() > 300 ? line.substring(0, 300) + "..." : line;
    }
}

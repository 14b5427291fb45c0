package gloss.render;

import freemarker.cache.TemplateLoader;
import gloss.files.InputFile;
import gloss.files.TemplateFolder;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Loads templates from {@code templates/} through {@link InputFile}, so a template that is a link out
 * of the project, a pipe or a device is refused (FreeMarker's own file loader would open a pipe and
 * wait forever). A refusal reaches {@link Templates} as a {@link TemplateFailures.Refused} naming the template.
 */
final class CheckedTemplateLoader implements TemplateLoader {
    private final Path dir;
    private final Path root;
    private final boolean builtIn;

    private record Source(Path file, byte[] bytes) {}

    CheckedTemplateLoader(TemplateFolder folder) {
        this.dir = folder.dir().toAbsolutePath().normalize();
        this.root = this.dir.getParent();
        this.builtIn = folder.builtIn();
    }

    @Override
    public Object findTemplateSource(String name) throws IOException {
        Path file = dir.resolve(name).normalize();
        if (!file.startsWith(dir) || !Files.exists(file, LinkOption.NOFOLLOW_LINKS)) return null; // "missing template"
        try {
            return new Source(file, builtIn ? Files.readAllBytes(file) : InputFile.read(root, file));
        } catch (InputFile.Refused e) {
            throw new TemplateFailures.Refused(dir.relativize(file).toString().replace('\\', '/'), e);
        }
    }

    @Override
    public long getLastModified(Object source) {
        return -1; // templates do not change during a build; serve makes a new Templates when one does
    }

    @Override
    public Reader getReader(Object source, String encoding) {
        return new StringReader(new String(((Source) source).bytes(), StandardCharsets.UTF_8));
    }

    @Override
    public void closeTemplateSource(Object source) {
        // nothing is held open: the bytes were read whole
    }
}

package gloss.serve;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reports changes under {@code content/} and {@code templates/} with the JDK WatchService (inotify on
 * Linux). The service is not recursive, so every folder is registered, including folders created
 * later; the project root is watched too, to notice the two folders appearing. Editor scratch files
 * (hidden, backup, swap) are not reported: they would only cause an empty rebuild and a reload.
 * A lost-events overflow is reported as a change of the root, which makes serve forget everything.
 */
final class Watcher implements Closeable {
    private final Path root;
    private final Consumer<Path> changed;
    private final WatchService service;
    private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();
    private final Thread thread;

    Watcher(Path root, Consumer<Path> changed) throws IOException {
        this.root = root;
        this.changed = changed;
        this.service = FileSystems.getDefault().newWatchService();
        register(root);
        for (String name : new String[] {"content", "templates"}) {
            Path dir = root.resolve(name);
            if (Files.isDirectory(dir)) registerAll(dir);
        }
        thread = new Thread(this::run, "gloss-watch");
        thread.setDaemon(true);
        thread.start();
    }

    private void register(Path dir) throws IOException {
        WatchKey key = dir.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
        folders.put(key, dir);
    }

    private void registerAll(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path d : walk.filter(Files::isDirectory).toList()) register(d);
        }
    }

    private void run() {
        try {
            while (true) {
                WatchKey key = service.take();
                Path dir = folders.get(key);
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (event.kind() == StandardWatchEventKinds.OVERFLOW || dir == null) {
                        changed.accept(root);
                        continue;
                    }
                    handle(dir, dir.resolve((Path) event.context()), event.kind());
                }
                if (!key.reset()) folders.remove(key);
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: stop watching
        }
    }

    private void handle(Path dir, Path child, WatchEvent.Kind<?> kind) {
        if (dir.equals(root)) {
            String name = child.getFileName().toString();
            if (!name.equals("content") && !name.equals("templates")) return;
        } else if (isScratch(child)) {
            return;
        }
        if (kind == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(child)) {
            try {
                registerAll(child); // then report it: files may have landed in it before registration
            } catch (IOException e) {
                changed.accept(root);
                return;
            }
        }
        changed.accept(child);
    }

    static boolean isScratch(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(".") || name.startsWith("#") || name.endsWith("~") || name.endsWith(".swp")
                || name.endsWith(".swx") || name.endsWith(".tmp") || name.equals("4913");
    }

    @Override
    public void close() throws IOException {
        service.close();
        thread.interrupt();
    }
}

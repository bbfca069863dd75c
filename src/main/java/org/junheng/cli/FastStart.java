package org.junheng.cli;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URISyntaxException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The packaged jar's main class: a short command started by {@code java -jar junheng.jar} runs in a second JVM
 * started as {@code bin/junheng} starts it — from the jar unpacked once into a cache, mapping a class-data archive
 * of the command's classes, on the quick compiler only and the throughput collector — and anything else is handed
 * to Spring Boot's launcher in this JVM. Spring Boot's launcher reads classes from jars nested in the jar and the
 * optimising compiler competes with the work for two cores; the second JVM costs less than either
 * (docs/operations.md, BENCHMARKS.md "java -jar in a second JVM").
 *
 * <p>The build copies this class to the jar's root and names it the jar's {@code Main-Class}, so that the first JVM
 * decides before Spring Boot's launcher opens the nested jars; it uses nothing but the JDK for that reason. The
 * rules are {@code bin/junheng}'s, and so is the cache (one directory per jar and per JVM, told apart by their
 * sizes and times of change): a jar run both ways is unpacked once. {@code -Djunheng.fast-start=false} runs the
 * command in the first JVM; so does anything that stops the second from being prepared or started.
 */
public final class FastStart {

    /** The commands that end in seconds; the server and the long commands keep the JVM they were started in. */
    private static final Set<String> SHORT_COMMANDS = Set.of("assess", "profile", "template", "generate", "help",
            "-h", "--help", "-V", "--version");
    /**
     * Options that keep the command in this JVM: a debugger's port or an agent that expects one process, and the
     * user's own class-data sharing.
     */
    private static final List<String> ONE_JVM_OPTIONS = List.of("-agentlib", "-agentpath", "-javaagent", "-Xdebug",
            "-Xrun", "-Xshare", "-XX:SharedArchiveFile", "-XX:ArchiveClassesAtExit");
    /** Caches kept besides the one in use: a jar built again is a new cache of about 100 MB. */
    private static final int OTHER_CACHES_KEPT = 2;

    private static final String SPRING_BOOT_LAUNCHER = "org.springframework.boot.loader.launch.JarLauncher";

    private FastStart() {
    }

    public static void main(String[] args) throws Exception {
        OptionalInt second = run(args);
        if (second.isPresent()) {
            System.exit(second.getAsInt());
        }
        try {
            Class.forName(SPRING_BOOT_LAUNCHER).getMethod("main", String[].class).invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof Exception thrown) {
                throw thrown;
            }
            throw (Error) e.getCause();
        }
    }

    /**
     * Runs the command in a second JVM when it is a short one started from the packaged jar.
     *
     * @return the second JVM's exit code, or empty when the command is to run in this JVM
     */
    private static OptionalInt run(String... args) {
        if (args.length == 0 || !SHORT_COMMANDS.contains(args[0])
                || !Boolean.parseBoolean(System.getProperty("junheng.fast-start", "true"))) {
            return OptionalInt.empty();
        }
        Path jar = packagedJar();
        if (jar == null) {
            return OptionalInt.empty();
        }
        List<String> options = ManagementFactory.getRuntimeMXBean().getInputArguments();
        if (options.stream().anyMatch(o -> ONE_JVM_OPTIONS.stream().anyMatch(o::startsWith))) {
            return OptionalInt.empty();
        }
        try {
            Path java = Path.of(System.getProperty("java.home"), "bin",
                    System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("windows") ? "java.exe" : "java");
            Path cache = cacheRoot().resolve(stamp(jar) + "-" + stamp(java.toRealPath()));
            Path app = unpacked(java, jar, cache);
            if (app == null) {
                return OptionalInt.empty();
            }
            return OptionalInt.of(runFrom(java, app, cache, options, args));
        } catch (IOException e) {
            return OptionalInt.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalInt.of(JunhengCommand.INTERNAL_ERROR);
        }
    }

    /** The jar {@code java -jar} started, when this class was read from its root; else null. */
    private static Path packagedJar() {
        var source = FastStart.class.getProtectionDomain().getCodeSource();
        String classPath = System.getProperty("java.class.path", "");
        if (source == null || !"file".equals(source.getLocation().getProtocol()) || !classPath.endsWith(".jar")
                || classPath.contains(File.pathSeparator)) {
            return null;
        }
        try {
            Path jar = Path.of(classPath).toAbsolutePath();
            return Files.isRegularFile(jar) && Files.isSameFile(jar, Path.of(source.getLocation().toURI())) ? jar : null;
        } catch (IOException | URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    private static Path cacheRoot() {
        String configured = System.getenv("JUNHENG_CACHE");
        if (configured != null && !configured.isEmpty()) {
            return Path.of(configured);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        return (xdg != null && !xdg.isEmpty() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache"))
                .resolve("junheng");
    }

    private static String stamp(Path file) throws IOException {
        return Files.size(file) + "-" + Files.getLastModifiedTime(file).to(TimeUnit.SECONDS);
    }

    /** The unpacked jar, unpacked now if it is not yet; null if it cannot be. */
    private static Path unpacked(Path java, Path jar, Path cache) throws IOException, InterruptedException {
        Path app = cache.resolve("app");
        if (!Files.isDirectory(app)) {
            Files.createDirectories(cache);
            Path unpacking = Files.createTempDirectory(cache, "unpacking.");
            Process tools = new ProcessBuilder(java.toString(), "-Djarmode=tools", "-jar", jar.toString(), "extract",
                    "--destination", unpacking.resolve("app").toString())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            try {
                // stopped while unpacking, it leaves no half-unpacked jar behind
                if (waitFor(tools, () -> deleteQuietly(unpacking)) != 0) {
                    return null;
                }
                try {
                    // another run may have unpacked it meanwhile: the first to finish wins
                    Files.move(unpacking.resolve("app"), app, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException another) {
                    if (!Files.isDirectory(app)) {
                        return null;
                    }
                }
            } finally {
                deleteQuietly(unpacking);
            }
            dropOtherCaches(cache);
        }
        try (Stream<Path> files = Files.list(app)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jar")).findFirst().orElse(null);
        }
    }

    private static int runFrom(Path java, Path app, Path cache, List<String> options, String[] args)
            throws IOException, InterruptedException {
        Files.setLastModifiedTime(cache, FileTime.fromMillis(System.currentTimeMillis()));
        Path archive = cache.resolve(args[0] + ".jsa");
        boolean recording = !Files.isRegularFile(archive);
        Path partial = cache.resolve(args[0] + ".jsa." + ProcessHandle.current().pid());
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xlog:cds=off,cds+dynamic=off",
                recording ? "-XX:ArchiveClassesAtExit=" + partial : "-XX:SharedArchiveFile=" + archive,
                "-XX:TieredStopAtLevel=1"));
        if (options.stream().noneMatch(o -> o.contains("GC"))) {
            command.addAll(List.of("-XX:+UseParallelGC", "-XX:MaxTenuringThreshold=0"));
        }
        String heap = initialHeap(options, Runtime.getRuntime().maxMemory());
        if (heap != null) {
            command.add(heap);
        }
        command.addAll(options);
        command.add("-jar");
        command.add(app.toString());
        command.addAll(List.of(args));
        int status = waitFor(new ProcessBuilder(command).inheritIO().start(), () -> { });
        if (recording) {
            if (status == 0 && Files.isRegularFile(partial) && Files.size(partial) > 0) {
                Files.move(partial, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } else {
                Files.deleteIfExists(partial);
            }
        }
        return status;
    }

    /** Waits for a process; if this JVM is stopped first, the process is stopped too and {@code cleanUp} run. */
    private static int waitFor(Process process, Runnable cleanUp) throws InterruptedException {
        Thread stop = new Thread(() -> {
            process.destroy();
            cleanUp.run();
        });
        Runtime.getRuntime().addShutdownHook(stop);
        try {
            return process.waitFor();
        } finally {
            Runtime.getRuntime().removeShutdownHook(stop);
        }
    }

    /**
     * A heap that starts at the largest the options allow, else at 1 GB or half the largest this JVM was given if
     * that is less (a start above the largest would raise the largest on a small machine): one that starts small is
     * grown by full collections of what has been read. Null when the options set a start.
     */
    static String initialHeap(List<String> options, long largestHeap) {
        String heap = "-Xms" + Math.min(1024, (largestHeap >> 20) / 2) + "m";
        for (String option : options) {
            if (option.startsWith("-Xms") || option.startsWith("-XX:InitialHeapSize=")) {
                return null;
            } else if (option.startsWith("-Xmx")) {
                heap = "-Xms" + option.substring("-Xmx".length());
            } else if (option.startsWith("-XX:MaxHeapSize=")) {
                heap = "-XX:InitialHeapSize=" + option.substring("-XX:MaxHeapSize=".length());
            }
        }
        return heap;
    }

    /** Removes all but the caches used last: each build of the jar makes one. */
    private static void dropOtherCaches(Path kept) {
        try (Stream<Path> caches = Files.list(kept.getParent())) {
            caches.filter(c -> !c.equals(kept) && Files.isDirectory(c.resolve("app")))
                    .sorted(Comparator.comparing(FastStart::lastUsed).reversed())
                    .skip(OTHER_CACHES_KEPT)
                    .forEach(FastStart::deleteQuietly);
        } catch (IOException | RuntimeException e) {
            // a cache left behind costs disk space only
        }
    }

    private static long lastUsed(Path cache) {
        try {
            return Files.getLastModifiedTime(cache).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    private static void deleteQuietly(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException | RuntimeException e) {
            // what could not be deleted is left for the next run to ignore
        }
    }
}

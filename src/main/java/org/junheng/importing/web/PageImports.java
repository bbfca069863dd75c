package org.junheng.importing.web;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PreDestroy;

import org.junheng.importing.AnnotatedFile;
import org.junheng.importing.ImportBusy;
import org.junheng.importing.ImportProgress;
import org.junheng.importing.ImportReport;
import org.junheng.importing.ImportScope;
import org.junheng.importing.ImportType;
import org.junheng.importing.Importer;
import org.junheng.web.ServerName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutorService;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;

/**
 * Imports started from the import page: the upload is kept in a temporary file and imported in the
 * background, as the signed-in user (so the audit trail names them), while the page follows how far
 * reading has come. Each import is kept in the database — how far it has come every second, how it
 * ended — so the page can follow it from any server and after a restart; an import whose server
 * stopped is shown as interrupted, with nothing stored. Only the user who started an import can see
 * it; a user's most recent {@value JdbcImportJobs#KEPT} are kept. A refused file's annotated copy is
 * kept by the server that read it.
 */
@Component
class PageImports {

    private static final Logger LOG = LoggerFactory.getLogger(PageImports.class);
    private static final Duration SILENT_AFTER = Duration.ofMinutes(1);

    /** One import: how much of the file has been read, and in the end its report or the failure. */
    static final class Job {
        final String id;
        final String owner;
        final ImportType type;
        final String fileName;
        final long size;
        final AtomicLong bytesRead = new AtomicLong();
        final AtomicLong rowsRead = new AtomicLong();
        volatile ImportReport report;
        volatile boolean failed;
        /** Turned away while other imports were stored: nothing of it was stored. */
        volatile boolean busy;
        /** Its server stopped before the import ended: nothing of it was stored. */
        volatile boolean interrupted;
        /** The upload of a refused import, kept for its annotated copy until the job is forgotten. */
        volatile Path refused;

        Job(String id, String owner, ImportType type, String fileName, long size) {
            this.id = id;
            this.owner = owner;
            this.type = type;
            this.fileName = fileName;
            this.size = size;
        }

        public String getId() {
            return id;
        }

        public ImportType getType() {
            return type;
        }

        public String getFileName() {
            return fileName;
        }

        public long getRowsRead() {
            return rowsRead.get();
        }

        public ImportReport getReport() {
            return report;
        }

        public boolean isFailed() {
            return failed;
        }

        public boolean isBusy() {
            return busy;
        }

        public boolean isInterrupted() {
            return interrupted;
        }

        public boolean isRunning() {
            return report == null && !failed && !busy && !interrupted;
        }

        /** Whether the refused file can be had back with its errors beside its rows. */
        public boolean isAnnotatable() {
            return refused != null && report != null && !report.errors().isEmpty();
        }

        /**
         * How far the import has come, in percent: the file is read twice — checked through, then
         * stored — and the last rows are committed after the second reading ends.
         */
        public int getPercent() {
            return size == 0 ? 100 : (int) Math.min(100, bytesRead.get() * 100 / (2 * size));
        }
    }

    private final Importer importer;
    private final JdbcImportJobs stored;
    private final ServerName serverName;
    /** The imports this server runs, and the refused ones whose upload it keeps. */
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final Deque<String> order = new ArrayDeque<>();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(daemons("page-import"));
    private final ExecutorService asCaller = new DelegatingSecurityContextExecutorService(executor);
    private final ScheduledExecutorService ticks = Executors.newSingleThreadScheduledExecutor(daemons("page-import-progress"));

    PageImports(Importer importer, JdbcImportJobs stored, ServerName serverName) {
        this.importer = importer;
        this.stored = stored;
        this.serverName = serverName;
    }

    private static CustomizableThreadFactory daemons(String name) {
        CustomizableThreadFactory threads = new CustomizableThreadFactory(name + "-");
        threads.setDaemon(true);
        return threads;
    }

    /** Marks interrupted what this server was importing before it restarted, and keeps the others' imports honest. */
    @EventListener(ApplicationReadyEvent.class)
    void takePart() {
        serverName.get().ifPresent(name -> {
            int interrupted = stored.interruptAbandoned(name, Instant.now().minus(SILENT_AFTER));
            if (interrupted > 0) {
                LOG.info("{} page imports were cut short by a restart, nothing of them stored / {} 个页面导入因重启中断，未存储", interrupted,
                        interrupted);
            }
            ticks.scheduleWithFixedDelay(this::tick, 1, 1, TimeUnit.SECONDS);
        });
    }

    private void tick() {
        try {
            jobs.values().stream().filter(Job::isRunning).forEach(stored::progress);
            stored.interruptAbandoned(null, Instant.now().minus(SILENT_AFTER));
        } catch (RuntimeException e) {
            LOG.warn("could not keep the page imports' progress", e);
        }
    }

    /** Starts importing the file, which the job then owns and deletes. */
    Job start(String owner, ImportType type, Path file, String fileName, Locale locale, ImportScope scope) throws IOException {
        Job job = new Job(UUID.randomUUID().toString(), owner, type, fileName, Files.size(file));
        stored.insert(job, serverName.get().orElse(""));
        remember(job);
        asCaller.submit(() -> run(job, file, locale, scope));
        return job;
    }

    /** The job as this server knows it if it ran here, else as the database keeps it. */
    Optional<Job> job(String id, String owner) {
        Job here = jobs.get(id);
        if (here != null) {
            return Optional.of(here).filter(job -> job.owner.equals(owner));
        }
        return stored.find(id, owner);
    }

    private void run(Job job, Path file, Locale locale, ImportScope scope) {
        ImportProgress progress = new ImportProgress() {
            @Override
            public void rowsRead(long rows) {
                job.rowsRead.accumulateAndGet(rows, Math::max);
            }

            @Override
            public void storing(long rows) {
                stored.storing(job, rows);
            }
        };
        try {
            job.report = importer.importFile(job.type, () -> new Counting(Files.newInputStream(file), job.bytesRead),
                    job.fileName, locale, progress, scope);
        } catch (ImportBusy e) {
            job.busy = true;
        } catch (RuntimeException e) {
            LOG.warn("import {} of {} failed", job.id, job.fileName, e);
            job.failed = true;
        } finally {
            if (job.report != null && !job.report.stored()) {
                job.refused = file;
            } else {
                delete(file);
            }
            try {
                stored.ended(job);
            } catch (RuntimeException e) {
                LOG.warn("could not keep how import {} ended", job.id, e);
            }
        }
    }

    /** The refused file of a job with its errors beside its rows, as CSV. */
    void writeAnnotated(Job job, String heading, OutputStream out) throws IOException {
        try (InputStream in = Files.newInputStream(job.refused)) {
            AnnotatedFile.write(in, job.fileName, job.report, heading, out);
        }
    }

    private static void delete(Path file) {
        try {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            LOG.warn("could not delete the upload {}", file, e);
        }
    }

    private synchronized void remember(Job job) {
        jobs.put(job.id, job);
        order.addLast(job.id);
        while (order.size() > JdbcImportJobs.KEPT) {
            String oldest = order.peekFirst();
            if (jobs.get(oldest) != null && jobs.get(oldest).isRunning()) {
                break;
            }
            Job forgotten = jobs.remove(order.removeFirst());
            if (forgotten != null) {
                delete(forgotten.refused);
            }
        }
    }

    @PreDestroy
    void stop() {
        ticks.shutdownNow();
        executor.shutdownNow();
        jobs.values().forEach(job -> delete(job.refused));
    }

    /** Counts the bytes read through it. */
    private static final class Counting extends FilterInputStream {
        private final AtomicLong count;

        Counting(InputStream in, AtomicLong count) {
            super(in);
            this.count = count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count.incrementAndGet();
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count.addAndGet(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count.addAndGet(skipped);
            return skipped;
        }
    }
}

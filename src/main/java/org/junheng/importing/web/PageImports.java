package org.junheng.importing.web;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PreDestroy;

import org.junheng.importing.AnnotatedFile;
import org.junheng.importing.ImportBusy;
import org.junheng.importing.ImportReport;
import org.junheng.importing.ImportScope;
import org.junheng.importing.ImportType;
import org.junheng.importing.Importer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutorService;
import org.springframework.stereotype.Component;

/**
 * Imports started from the import page: the upload is kept in a temporary file and imported in the
 * background, as the signed-in user (so the audit trail names them), while the page follows how far
 * reading has come. Only the user who started an import can see it; the most recent ones are kept
 * in memory.
 */
@Component
class PageImports {

    private static final Logger LOG = LoggerFactory.getLogger(PageImports.class);
    private static final int KEPT = 50;

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

        public boolean isRunning() {
            return report == null && !failed && !busy;
        }

        /** Whether the refused file can be had back with its errors beside its rows. */
        public boolean isAnnotatable() {
            return refused != null && report != null && !report.errors().isEmpty();
        }

        /** How much of the file has been read, in percent (reading may finish before the rows are stored). */
        public int getPercent() {
            return size == 0 ? 100 : (int) Math.min(100, bytesRead.get() * 100 / size);
        }
    }

    private final Importer importer;
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final Deque<String> order = new ArrayDeque<>();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "page-import");
        thread.setDaemon(true);
        return thread;
    });
    private final ExecutorService asCaller = new DelegatingSecurityContextExecutorService(executor);

    PageImports(Importer importer) {
        this.importer = importer;
    }

    /** Starts importing the file, which the job then owns and deletes. */
    Job start(String owner, ImportType type, Path file, String fileName, Locale locale, ImportScope scope) throws IOException {
        Job job = new Job(UUID.randomUUID().toString(), owner, type, fileName, Files.size(file));
        remember(job);
        asCaller.submit(() -> run(job, file, locale, scope));
        return job;
    }

    Optional<Job> job(String id, String owner) {
        return Optional.ofNullable(jobs.get(id)).filter(j -> j.owner.equals(owner));
    }

    private void run(Job job, Path file, Locale locale, ImportScope scope) {
        try (InputStream in = new Counting(Files.newInputStream(file), job.bytesRead)) {
            job.report = importer.importFile(job.type, in, job.fileName, locale, job.rowsRead::set, scope);
        } catch (ImportBusy e) {
            job.busy = true;
        } catch (RuntimeException | IOException e) {
            LOG.warn("import {} of {} failed", job.id, job.fileName, e);
            job.failed = true;
        } finally {
            if (job.report != null && !job.report.stored()) {
                job.refused = file;
            } else {
                delete(file);
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
        while (order.size() > KEPT) {
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

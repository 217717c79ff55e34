package org.concerto.pdf;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.concerto.minutes.Minutes;

/**
 * Minutes of a large meeting (250 attendees, 40 items, 100 action items, 30 annexes), rendered again and again:
 * prints the time per document (warm), the bytes allocated per document, the heap after a collection, the pages
 * and the size, then the same for sealing. Run it with the command in docs/performance.md.
 */
public final class MinutesBenchmark {

    private static final int WARM_UP = 15;
    private static final int MEASURED = 30;

    private MinutesBenchmark() {}

    public static void main(String[] args) throws Exception {
        MinutesContent content = MinutesSamples.large(Minutes.Stage.IN_REVIEW);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        byte[] pdf = null;
        for (int i = 0; i < WARM_UP; i++) {
            pdf = MinutesPdf.render(content);
        }
        double[] millis = new double[MEASURED];
        long allocatedBefore = threads.getThreadAllocatedBytes(thread);
        long cpuBefore = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < MEASURED; i++) {
            long start = System.nanoTime();
            pdf = MinutesPdf.render(content);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        long allocated = (threads.getThreadAllocatedBytes(thread) - allocatedBefore) / MEASURED;
        // CPU time of this thread: what the document costs even when other processes share the cores (wall time does
        // not).
        double cpu = (threads.getCurrentThreadCpuTime() - cpuBefore) / 1e6 / MEASURED;
        report("render", millis, allocated);
        print(String.format(
                Locale.ROOT,
                "render: %.1f ms of CPU per document (this thread; the JIT and GC threads come on top)",
                cpu));
        int pages = Pdfs.pages(pdf).size();

        Seal.Key key = SealKeystore.generatedIn(Files.createTempDirectory("benchmark-seal"));
        for (int i = 0; i < WARM_UP; i++) {
            Seal.sign(pdf, key, "benchmark", "here", MinutesSamples.ISSUED);
        }
        double[] sealing = new double[MEASURED];
        allocatedBefore = threads.getThreadAllocatedBytes(thread);
        for (int i = 0; i < MEASURED; i++) {
            long start = System.nanoTime();
            Seal.sign(pdf, key, "benchmark", "here", MinutesSamples.ISSUED);
            sealing[i] = (System.nanoTime() - start) / 1e6;
        }
        report("seal", sealing, (threads.getThreadAllocatedBytes(thread) - allocatedBefore) / MEASURED);

        System.gc();
        Runtime runtime = Runtime.getRuntime();
        print(String.format(
                Locale.ROOT,
                "document: %d pages, %d KB; heap after GC %d MB (max %d MB); %d cores; Java %s",
                pages,
                pdf.length / 1024,
                (runtime.totalMemory() - runtime.freeMemory()) >> 20,
                runtime.maxMemory() >> 20,
                runtime.availableProcessors(),
                System.getProperty("java.version")));
        if (args.length > 0) {
            // Optional: keep the documents to look at them (pdftoppm), the large one and the founding meeting's draft
            // and approved.
            Path dir = Files.createDirectories(Path.of(args[0]));
            Files.write(dir.resolve("large-meeting.pdf"), pdf);
            Files.write(
                    dir.resolve("founding-draft.pdf"),
                    MinutesPdf.render(MinutesSamples.founding(Minutes.Stage.IN_REVIEW)));
            Files.write(
                    dir.resolve("founding-approved.pdf"),
                    Seal.sign(
                            MinutesPdf.render(MinutesSamples.founding(Minutes.Stage.APPROVED)),
                            key,
                            "Compte rendu approuvé",
                            "Saint-Denis",
                            MinutesSamples.ISSUED));
        }
    }

    private static void report(String what, double[] millis, long allocatedPerDocument) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        print(String.format(
                Locale.ROOT,
                "%s: mean %.1f ms, median %.1f ms, p90 %.1f ms, min %.1f ms over %d warm runs; %.1f MB allocated per document",
                what,
                Arrays.stream(millis).average().orElse(0),
                sorted[sorted.length / 2],
                sorted[(int) (sorted.length * 0.9)],
                sorted[0],
                millis.length,
                allocatedPerDocument / 1048576.0));
    }

    /** The benchmark's output is its purpose: plain standard output, not a log. */
    private static void print(String line) {
        System.out.println(line);
    }
}
